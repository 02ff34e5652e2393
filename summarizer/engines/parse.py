"""Parse a model's reply into summary points, tolerating fences, prose and control characters."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from summarizer.errors import ModelError
from summarizer.summary import Point, QuoteRef

_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*|\s*```\s*$")


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


def draft(content: str, finish_reason: str = "stop") -> Draft:
    """A Draft from a summarize/map reply; malformed points are dropped, no points is an error."""
    data = load_json(content, finish_reason)
    headline = data.get("headline")
    raw_points = data.get("points")
    if not isinstance(headline, str) or not isinstance(raw_points, list):
        raise InvalidReply(
            'model reply lacks "headline" (string) and "points" (list)', reply=content
        )
    points = tuple(p for p in (_point(item) for item in raw_points) if p is not None)
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
                    sources=tuple(str(x) for x in item.get("from") or () if isinstance(x, str)),
                    quote_ids=tuple(
                        str(x) for x in item.get("quote_ids") or () if isinstance(x, str)
                    ),
                )
            )
    return headline.strip(), tuple(out)


def _speaker(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip().lower() in ("", "null", "none", "unknown"):
        return None
    return value.strip()


def _point(item: Any) -> Point | None:
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
            quotes.append(
                QuoteRef(
                    source_text=q["source_text"], text=shown if isinstance(shown, str) else None
                )
            )
    return Point(
        text=item["text"].strip(), speaker=_speaker(item.get("speaker")), quotes=tuple(quotes)
    )
