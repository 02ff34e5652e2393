"""The evidence page: a verified summary beside its article, every claim linked to its sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from summarizer.article import Article
from summarizer.render import RTL, Page, PointView, environment, page, voice_section
from summarizer.summary import Failure, Point, Summary, Voice
from summarizer.verification.numbers import CJK_NUMERALS

_NUMBER = re.compile(rf"\d(?:[\d,.\u00a0\u202f ]*\d)?%?|[{CJK_NUMERALS}]{{2,}}")


@dataclass(frozen=True)
class Mark:
    """A span of the article that a point, quote or name links to; `kind` styles it."""

    start: int
    end: int
    tag: str
    kind: str


@dataclass(frozen=True)
class Segment:
    """A run of article text under the same marks."""

    text: str
    tags: str
    kinds: str


@dataclass(frozen=True)
class Card:
    """One point as the page shows it: its view, links, and the findings about it."""

    tag: str
    view: PointView
    quotes: tuple[tuple[str, str], ...]
    names: tuple[tuple[str, str], ...]
    findings: tuple[Failure, ...]
    status: str


@dataclass(frozen=True)
class EvidencePage:
    """Everything the evidence page template shows."""

    summary: Page
    cards: tuple[Card, ...]
    headline_findings: tuple[Failure, ...]
    removed: tuple[Failure, ...]
    article_lang: str
    article_direction: str
    paragraphs: tuple[tuple[Segment, ...], ...]
    voices: tuple[Voice, ...]
    voices_heading: str


def evidence_page(summary: Summary, article: Article) -> str:
    """The self-contained HTML evidence page of a verified `summary` of `article`."""
    return environment().get_template("evidence.html").render(page=build(summary, article))


def build(summary: Summary, article: Article) -> EvidencePage:
    """The page's view of a verified summary and its article."""
    shown = page(summary)
    ver = summary.verification
    failures = ver.failures if ver else ()
    cards = tuple(
        _card(i, p, view, [f for f in failures if f.point == i])
        for i, (p, view) in enumerate(zip(summary.points, shown.points, strict=True))
    )
    marks = [m for i, p in enumerate(summary.points) for m in _marks(i, p, article.text)]
    voices = voice_section(ver, shown.labels)
    return EvidencePage(
        summary=shown,
        cards=cards,
        headline_findings=tuple(f for f in failures if f.point is None),
        removed=ver.removed if ver else (),
        article_lang=article.lang,
        article_direction="rtl" if article.lang.split("-")[0] in RTL else "ltr",
        paragraphs=tuple(
            tuple(_segments(article.text, p.start, p.end, marks)) for p in article.paragraphs
        ),
        voices=ver.balance if ver else (),
        voices_heading=voices[0].heading if voices else "",
    )


def _card(i: int, point: Point, view: PointView, findings: Sequence[Failure]) -> Card:
    severities = {f.severity for f in findings}
    status = "error" if "error" in severities else "warning" if severities else "ok"
    return Card(
        tag=f"p{i}",
        view=view,
        quotes=tuple(
            (f"q{i}-{j}", q.text or q.source_text)
            for j, q in enumerate(point.quotes)
            if q.start is not None
        ),
        names=tuple((f"n{i}-{k}", n.text) for k, n in enumerate(point.names)),
        findings=tuple(findings),
        status=status,
    )


def _marks(i: int, point: Point, text: str) -> Iterator[Mark]:
    """What point `i` links to: evidence sentences (numbers marked), its quotes and names."""
    evidence = point.evidence or ()
    for span in evidence:
        yield Mark(span.start, span.end, f"p{i}", "ev")
        for m in _NUMBER.finditer(text, span.start, span.end):
            yield Mark(m.start(), m.end(), f"p{i}", "num")
    for j, q in enumerate(point.quotes):
        if q.start is not None and q.end is not None:
            yield Mark(q.start, q.end, f"q{i}-{j}", "quote")
            yield Mark(q.start, q.end, f"p{i}", "quote")  # a point without evidence shows these
    for k, name in enumerate(point.names):
        for start in _occurrences(name.source_text, text, [(s.start, s.end) for s in evidence]):
            end = start + len(name.source_text)
            yield Mark(start, end, f"n{i}-{k}", "name")
            yield Mark(start, end, f"p{i}", "name")


def _occurrences(name: str, text: str, within: Sequence[tuple[int, int]]) -> list[int]:
    """Where `name` occurs in the evidence spans; else its first occurrence in the article."""
    lowered, needle = text.casefold(), name.casefold()
    if len(lowered) != len(text) or not needle:
        return []  # casefolding changed lengths: offsets would not map back
    pattern = re.compile(re.escape(needle))
    found = [m.start() for a, b in within for m in pattern.finditer(lowered, a, b)]
    if found:
        return found
    first = lowered.find(needle)
    return [first] if first >= 0 else []


def _segments(text: str, start: int, end: int, marks: Sequence[Mark]) -> Iterator[Segment]:
    """The paragraph [start, end) cut at every mark boundary, each run with its tags."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted(
        {start, end, *(max(start, m.start) for m in inside)} | {min(end, m.end) for m in inside}
    )
    for a, b in pairwise(cuts):
        over = [m for m in inside if m.start <= a and m.end >= b]
        tags = " ".join(dict.fromkeys(m.tag for m in over))
        kinds = " ".join(sorted({m.kind for m in over}))
        yield Segment(text[a:b], tags, kinds)
