"""Map and reduce over the chunks of a long article."""
# the map calls are told who is already speaking, and the reduce reply is rebuilt from the mapped
# points it cites

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from summarizer.engines import parse
from summarizer.summary import Point, QuoteRef

if TYPE_CHECKING:
    from summarizer.attribution.find import Quote

Catalogue = tuple[list[dict[str, Any]], dict[str, Point], dict[str, QuoteRef]]
"""The mapped points a reduce reply cites: prompt items, points by id, quotes by id."""


def active_speakers(quotes: Sequence[Quote], start: int, limit: int = 3) -> list[str]:
    """The last few distinct speakers confidently quoted before offset `start`, latest first."""
    # only confident attributions, so the model is never steered towards a guess
    seen: list[str] = []
    for q in reversed(quotes):
        speaker = q.speaker
        if speaker and q.end <= start and q.confidence == "high" and speaker not in seen:
            seen.append(speaker)
            if len(seen) == limit:
                break
    return seen


def catalogue(drafts: Sequence[parse.Draft]) -> Catalogue:
    """Give every mapped point and quote an id, so the reduce step cites them by reference."""
    items: list[dict[str, Any]] = []
    points: dict[str, Point] = {}
    quotes: dict[str, QuoteRef] = {}
    for ci, d in enumerate(drafts):
        for pi, point in enumerate(d.points):
            pid = f"c{ci}p{pi}"
            points[pid] = point
            qids = [f"q{len(quotes) + k}" for k in range(len(point.quotes))]
            quotes.update(zip(qids, point.quotes, strict=True))
            items.append(
                {"id": pid, "speaker": point.speaker, "text": point.text, "quote_ids": qids}
            )
    return items, points, quotes


def rebuild(m: parse.Merged, points: dict[str, Point], quotes: dict[str, QuoteRef]) -> Point:
    """A merged point made only of the quotes, evidence and names of the points it merges."""
    # never text the model rewrote
    merged = [points[pid] for pid in m.sources if pid in points]
    allowed = {id(q) for p in merged for q in p.quotes}
    kept = tuple(quotes[qid] for qid in m.quote_ids if qid in quotes and id(quotes[qid]) in allowed)
    cited = [p.evidence for p in merged if p.evidence is not None]
    spans = {s for evidence in cited for s in evidence}
    names = {n: None for p in merged for n in p.names if n.text in m.text}
    evidence = tuple(sorted(spans, key=lambda s: s.start)) if cited else None
    return Point(m.text, m.speaker, kept, evidence, tuple(names))
