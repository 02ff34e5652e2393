"""Grounding: every point rests on source sentences that hold its numbers, names and speaker."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate

from summarizer import lang
from summarizer.article import Article
from summarizer.attribution.find import Quote
from summarizer.concurrency import UNDER_WAY
from summarizer.source.sentences import Sentence, covering, numbered
from summarizer.summary import Failure, Point, Span
from summarizer.verification.align import grams
from summarizer.verification.capitals import CASED, outside, runs, wording
from summarizer.verification.match import Index, fold, index
from summarizer.verification.names import fold_name, name_tokens, plain, same_speaker
from summarizer.verification.numbers import stated, unstated

MIN_RELATED = 0.2
"""Share of a same-language point's character n-grams that its evidence must hold."""
EVIDENCE_SHOWN = 400
"""Characters of evidence a number_not_in_evidence finding quotes (for the report and repair)."""


@dataclass(frozen=True)
class Source:
    """The article as the checks need it: folded index, sentences, attributed quotations."""

    article: Article
    index: Index
    quotes: tuple[Quote, ...]

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The article's sentences, in order."""
        return numbered(self.article)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of the folded article, casefolded."""
        return _words(self.article)

    @cached_property
    def _ordered(self) -> tuple[list[Quote], list[int], list[int]]:
        """Quotations by start, their starts, and the furthest end reached up to each."""
        ordered = sorted(self.quotes, key=lambda q: q.start)
        reach = list(accumulate((q.end for q in ordered), max))
        return ordered, [q.start for q in ordered], reach

    def overlapping(self, span: Span) -> list[Quote]:
        """The quotations that overlap `span`, by start, without a scan of every quotation."""
        ordered, starts, reach = self._ordered
        found = []
        at = bisect_left(starts, span.end) - 1
        while at >= 0 and reach[at] > span.start:
            if ordered[at].end > span.start:
                found.append(ordered[at])
            at -= 1
        return found[::-1]

    def number(self, span: Span) -> int:
        """The 1-based number of the sentence starting at `span` (as the model cites it)."""
        return bisect_left(self.sentences, span.start, key=lambda s: s.start) + 1

    @cached_property
    def casefolded(self) -> str:
        """The folded article, casefolded once per check."""
        return self.index.folded.text.casefold()

    def writes(self, name: str) -> bool:
        """Whether the article writes `name`, verbatim or with other dots and spaces."""
        # "Derek E. Mix" for "Derek E Mix", as models and attribution spell it
        if self.index.find(name) is not None:
            return True
        parts = lang.WORD.findall(fold(name))
        if len(parts) < 2 or lang.CJK_CHAR.search(name):
            return False
        spelled = r"(?:\.\s*|\s+)".join(map(re.escape, parts))
        return re.search(rf"(?<![^\W_]){spelled}(?![^\W_])", self.index.folded.text) is not None

    def names(self, name: str) -> bool:
        """Whether the article names `name` anywhere, or credits a quotation to that person."""
        # the attribution's name may be in a form the article never writes ("Андрей Соколов"
        # from "Андрея Соколова"), and a summary may use its surname or a title ("賴總統")
        if _named(name, self.casefolded, lambda: self.words):
            return True
        return any(same_speaker(name, speaker) for speaker in self.speakers)

    @cached_property
    def speakers(self) -> frozenset[str]:
        """The names the attribution credits quotations to."""
        return frozenset(q.speaker for q in self.quotes if q.speaker)

    @cached_property
    def folded_speakers(self) -> frozenset[str]:
        """Those names folded, without accents, as `fold_name` gives them."""
        return frozenset(map(fold_name, self.speakers))

    @cached_property
    def speaker_words(self) -> frozenset[str]:
        """The casefolded words of those names, accents kept and dropped."""
        return _casefolded_words(" ".join(self.speakers))


@lru_cache(maxsize=UNDER_WAY)
def _words(article: Article) -> frozenset[str]:
    """Every word of the folded article, casefolded, shared by the checks of one article."""
    return _casefolded_words(index(article).folded.text)


def _casefolded_words(text: str) -> frozenset[str]:
    """The words of `text`, casefolded, each also without its accents ("sánchez", "sanchez")."""
    words = frozenset(map(str.casefold, lang.LETTERS.findall(text)))
    return words | {plain(word) for word in words if not word.isascii()}


@dataclass(frozen=True)
class _Evidence:
    """A point's evidence as its checks read it, built once per point."""

    text: str
    """The cited sentences and the point's own located quotes, one a line."""
    cited: str
    """The cited sentences' numbers, as a finding names them: "3, 4"."""


def ground(point: Point, at: int, src: Source, reader: str) -> tuple[Point, list[Failure]]:
    """`point` with its evidence snapped to whole sentences, and its grounding failures."""
    # a point without evidence (None) predates grounding: only its names and speaker are checked
    failures: list[Failure] = []
    if point.evidence is not None:
        spans, failures = _snapped(point.evidence, at, src)
        point = replace(point, evidence=spans)
        if spans:
            evidence = _evidence_of(point, src)
            failures += _numbers(point, at, src, evidence)
            failures += _unevidenced(point, at, src, reader, evidence)
            failures += _unrelated(point, at, src, reader, evidence)
    failures += _names(point, at, src, reader)
    if point.speaker and not src.names(point.speaker):
        detail = f"speaker {point.speaker} is not named in the article"
        failures.append(Failure("unknown_speaker", detail, at))
    elif point.speaker and point.evidence and not _voiced(point.speaker, point.evidence, src):
        detail = f"no evidence sentence is attributed to {point.speaker} or names them"
        failures.append(Failure("speaker_not_in_evidence", detail, at, severity="warning"))
    return point, failures


def _snapped(spans: Sequence[Span], at: int, src: Source) -> tuple[tuple[Span, ...], list[Failure]]:
    """Spans widened to the whole sentences they touch, merged; outside or none is no_evidence."""
    size = len(src.article.text)
    outside = [s for s in spans if s.end > size]
    failures = [
        Failure("no_evidence", f"evidence {s.start}-{s.end} is outside the article ({size})", at)
        for s in outside
    ]
    snapped: dict[Span, None] = {}
    for s in spans:
        if s.end <= size:
            found = covering(src.sentences, s.start, s.end)
            snapped.update({Span(x.start, x.end): None for x in found} or {s: None})
    kept = tuple(sorted(snapped, key=lambda s: s.start))
    if not kept and not outside:
        failures.append(Failure("no_evidence", "the point cites no source sentence", at))
    return kept, failures


def _evidence_of(point: Point, src: Source) -> _Evidence:
    """The evidence of `point`, whose spans are snapped to sentences."""
    text = src.article.text
    spans = point.evidence or ()
    parts = [text[s.start : s.end] for s in spans]
    parts += [text[q.start : q.end] for q in point.quotes if q.start is not None and q.end]
    return _Evidence("\n".join(parts), ", ".join(str(src.number(s)) for s in spans))


def _numbers(point: Point, at: int, src: Source, evidence: _Evidence) -> Iterator[Failure]:
    """number_not_in_evidence: a number of the point that no evidence sentence states."""
    # the speaker's name is the point's credit, held to the speaker checks: the 7 of "G7 foreign
    # ministers" is part of a name, not a figure the point claims
    claim = point.text.replace(point.speaker, " ") if point.speaker else point.text
    values = stated(evidence.text, lang.family(src.article.lang))
    for number in unstated(claim, values):
        detail = f'"{number.text}" is not in its evidence (sentences {evidence.cited})'
        closest = evidence.text[:EVIDENCE_SHOWN]
        yield Failure("number_not_in_evidence", detail, at, closest=closest)


def _names(point: Point, at: int, src: Source, reader: str) -> Iterator[Failure]:
    """name_not_in_source: a listed name not in the article or the point, or an outside name."""
    text = fold(point.text).casefold()
    for name in point.names:
        if not src.writes(name.source_text):
            detail = f'name "{name.source_text}" is not in the article'
            yield Failure("name_not_in_source", detail, at)
        elif fold(name.text).casefold() not in text:
            yield Failure("name_not_in_source", f'name "{name.text}" is not in the point', at)
    family = lang.family(src.article.lang)
    if point.evidence is not None and lang.family(reader) == family and family in CASED:
        listed = " ".join(fold(n.text) for n in point.names).casefold()
        known = src.words | src.speaker_words
        for word in outside(point.text, known, src.casefolded, family):
            if word.casefold() not in listed and word.casefold() not in wording(reader):
                yield Failure("name_not_in_source", f'"{word}" is not in the article', at)


def _unevidenced(
    point: Point, at: int, src: Source, reader: str, evidence: _Evidence
) -> Iterator[Failure]:
    """name_not_in_evidence (a warning): an article's name in none of the point's evidence."""
    # evidence is its sentences and quotes; the speaker is checked on its own
    # (speaker_not_in_evidence)
    speakers = _speakers(point.evidence or (), src)
    held_text = fold(" ".join([evidence.text, *speakers])).casefold()
    words = _casefolded_words(held_text)
    missing = [
        name.source_text
        for name in point.names
        if src.index.find(name.source_text) is not None
        and fold(name.source_text).casefold() not in held_text
        and not (point.speaker and same_speaker(name.source_text, point.speaker))
    ]
    family = lang.family(src.article.lang)
    if lang.family(reader) == family and family in CASED:
        held = words | name_tokens(fold_name(point.speaker or "")) | wording(reader)
        missing += [
            " ".join(run)
            for run in runs(point.text)
            if any(w.casefold() in src.words and w.casefold() not in held for w in run)
        ]
    for name in dict.fromkeys(missing):
        detail = f'"{name}" is in the article but not in its evidence (sentences {evidence.cited})'
        yield Failure("name_not_in_evidence", detail, at, severity="warning")


def _unrelated(
    point: Point, at: int, src: Source, reader: str, evidence: _Evidence
) -> Iterator[Failure]:
    """evidence_unrelated (a warning): a point whose evidence barely shares its wording."""
    # a same-language point and its evidence sentences compared by character n-grams, as when it
    # rests on other sentences or none
    if lang.family(reader) != lang.family(src.article.lang):
        return
    wanted = grams(point.text)
    if not wanted:
        return
    share = len(wanted & grams(evidence.text)) / len(wanted)
    if share < MIN_RELATED:
        cited = evidence.cited
        detail = f"its evidence (sentences {cited}) holds only {share:.0%} of its wording"
        yield Failure("evidence_unrelated", detail, at, severity="warning")


def _speakers(evidence: Sequence[Span], src: Source) -> Iterator[str]:
    """The speakers credited with confidence for quotations in the evidence sentences."""
    for span in evidence:
        yield from (
            quote.speaker
            for quote in src.overlapping(span)
            if quote.speaker and quote.confidence == "high"
        )


def _voiced(speaker: str, evidence: Sequence[Span], src: Source) -> bool:
    """Whether an evidence sentence names `speaker` or is attributed to them with confidence."""
    text = src.article.text
    if any(_mentions(speaker, text[span.start : span.end]) for span in evidence):
        return True
    return any(same_speaker(speaker, credited) for credited in _speakers(evidence, src))


# a capitalised name is named by capitalised words: "new details" does not name the New York
# Times, nor "a young voter" Neil Young
@lru_cache(maxsize=1024)
def _mentions(speaker: str, sentence: str) -> bool:
    """Whether `sentence` names `speaker`."""
    folded = fold(sentence)
    if any(w[:1].isupper() for w in lang.LETTERS.findall(fold_name(speaker))):
        proper = " ".join(w for w in lang.LETTERS.findall(folded) if not w[:1].islower())
        return _named(speaker, folded.casefold(), lambda: _casefolded_words(proper))
    return _named(speaker, folded.casefold(), lambda: _casefolded_words(folded))


def _named(name: str, casefolded: str, words: Callable[[], AbstractSet[str]]) -> bool:
    """Whether a text names `name`, by its tokens or, for CJK, the whole name."""
    # a name token among its casefolded `words` (asked for only then), or for a CJK name or one
    # without tokens, the whole name in the `casefolded` text; a token as written too, since
    # the text's words keep their marks ("Андрей" loses its breve in `fold_name`)
    folded = fold_name(name)
    if lang.CJK_CHAR.search(folded) or not name_tokens(folded):
        return any(fold(n).casefold() in casefolded for n in (folded, name))
    return bool((name_tokens(folded) | name_tokens(fold(name))) & words())
