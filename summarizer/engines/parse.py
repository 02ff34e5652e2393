"""Parse a model's reply into summary points, tolerating fences, prose and control characters."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.errors import ModelError
from summarizer.source.sentences import Sentence
from summarizer.summary import NameRef, Point, QuoteRef, Span

_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*|\s*```\s*$")
_MARKER = re.compile(r"\[\d+\] ")


class InvalidReply(ModelError):
    """The model answered, but not with the JSON we asked for; `reply` holds what it said."""


@dataclass(frozen=True)
class Draft:
    """A parsed model summary before verification."""

    headline: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Merged:
    """One point of a reduce reply: new text, its speaker, and the ids it was built from."""

    text: str
    speaker: str | None
    sources: tuple[str, ...]
    quote_ids: tuple[str, ...]


def load_json(content: str, finish_reason: str) -> dict[str, Any]:
    """The JSON object in a reply; truncated or non-JSON replies raise InvalidReply."""
    if finish_reason == "length":
        raise InvalidReply("model reply was truncated (finish_reason=length)", reply=content)
    text = _FENCE.sub("", content.strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise InvalidReply("model reply contains no JSON object", reply=content)
    try:
        data = json.loads(text[start : end + 1], strict=False)
    except json.JSONDecodeError as exc:
        raise InvalidReply(f"model reply is not valid JSON: {exc.msg}", reply=content) from None
    if not isinstance(data, dict):
        raise InvalidReply("model reply is not a JSON object", reply=content)
    return data


def draft(content: str, finish_reason: str = "stop", found: Sequence[Sentence] = ()) -> Draft:
    """A Draft from a summarize/map reply: malformed points dropped, no points an error."""
    # cited sentence numbers become evidence spans of `found`, the sentences the prompt numbered;
    # with none numbered the points carry no evidence, as before evidence existed
    data = load_json(content, finish_reason)
    headline = data.get("headline")
    raw_points = data.get("points")
    if not isinstance(headline, str) or not isinstance(raw_points, list):
        raise InvalidReply(
            'model reply lacks "headline" (string) and "points" (list)', reply=content
        )
    points = tuple(p for p in (_point(item, found) for item in raw_points) if p is not None)
    return Draft(headline=headline.strip(), points=points)


def merged(content: str, finish_reason: str = "stop") -> tuple[str, tuple[Merged, ...]]:
    """Headline and merged points of a reduce reply."""
    data = load_json(content, finish_reason)
    headline = data.get("headline")
    raw_points = data.get("points")
    if not isinstance(headline, str) or not isinstance(raw_points, list):
        raise InvalidReply('model reply lacks "headline" and "points"', reply=content)
    out = []
    for item in raw_points:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            out.append(
                Merged(
                    text=item["text"].strip(),
                    speaker=_speaker(item.get("speaker")),
                    sources=_strings(item.get("from")),
                    quote_ids=_strings(item.get("quote_ids")),
                )
            )
    return headline.strip(), tuple(out)


def _strings(value: Any) -> tuple[str, ...]:
    """The strings of a JSON list; anything else in it, or a value that is no list, gives none."""
    return tuple(x for x in value if isinstance(x, str)) if isinstance(value, list) else ()


def _speaker(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip().lower() in ("", "null", "none", "unknown"):
        return None
    return value.strip()


def _point(item: Any, found: Sequence[Sentence]) -> Point | None:
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("text"), str)
        or not item["text"].strip()
    ):
        return None
    quotes = []
    for q in item.get("quotes") or ():
        if (
            isinstance(q, dict)
            and isinstance(q.get("source_text"), str)
            and q["source_text"].strip()
        ):
            shown = q.get("text")
            source_text = _MARKER.sub("", q["source_text"])  # sentence numbers copied along
            quotes.append(QuoteRef(source_text, shown if isinstance(shown, str) else None))
    return Point(
        text=item["text"].strip(),
        speaker=_speaker(item.get("speaker")),
        quotes=tuple(quotes),
        evidence=_evidence(item.get("evidence"), found) if found else None,
        names=_names(item.get("names")),
    )


def _evidence(value: Any, found: Sequence[Sentence]) -> tuple[Span, ...]:
    """Spans of the cited sentence numbers (1-based) that exist, in article order."""
    cited = value if isinstance(value, list) else []
    numbers = {n for n in cited if isinstance(n, int) and not isinstance(n, bool)}
    numbers |= {int(n) for n in cited if isinstance(n, str) and n.strip().isdigit()}
    return tuple(
        Span(found[n - 1].start, found[n - 1].end) for n in sorted(numbers) if 0 < n <= len(found)
    )


def _names(value: Any) -> tuple[NameRef, ...]:
    """The named people, bodies and places; entries with an empty side are dropped."""
    out = []
    for n in value if isinstance(value, list) else ():
        if isinstance(n, dict):
            source_text, text = n.get("source_text"), n.get("text")
            if isinstance(source_text, str) and isinstance(text, str) and source_text.strip():
                out.extend([NameRef(source_text.strip(), text.strip())] if text.strip() else [])
    return tuple(out)
