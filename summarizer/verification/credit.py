"""Who a summary credits a quote to, checked against who the article credits it to."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from summarizer import lang
from summarizer.attribution.find import Quote
from summarizer.summary import Failure, Point, QuoteRef, Span
from summarizer.verification.grounding import Source
from summarizer.verification.match import fold
from summarizer.verification.names import (
    fold_name,
    han_apart,
    holds,
    name_tokens,
    same_speaker,
)

PLACES = 50
"""The most places a quote given without offsets is looked for (short words stand often)."""


# a reader's spelling of the speaker ("林剑", "Лин Цзянь") that the article never writes is checked
# as the article's spelling that the point's own `names` give for it
def as_written(point: Point, src: Source) -> Point:
    """`point` with its speaker as the article writes it, when its `names` say how."""
    if point.speaker is None or src.names(point.speaker):
        return point
    wanted = fold(point.speaker).casefold()
    for name in point.names:
        if fold(name.text).casefold() == wanted and src.names(name.source_text):
            return replace(point, speaker=name.source_text)
    return point


Judged = tuple[tuple[int, int], list[Failure], tuple[bool, int]]
"""A place of a quote in the source, its failures there, and how bad that place is."""


# words that stand more than once are checked where they are a quotation (a title, a quote of the
# point's speaker): first a place that confirms the credit (which ends the search), then one with
# only warnings, then one with nothing to say (a quotation credited to nobody), and last one whose
# confident attribution refutes it, so that words two people said never fail credited to either
def judge(ref: QuoteRef, point: Point, where: tuple[int, int], src: Source) -> list[Judged]:
    """The places of the quote (at or after its given offset, else up to a cap) and their checks."""
    if ref.start is not None:
        span = src.index.find(ref.source_text, ref.start)
        spans = iter([] if span is None else [span])
    else:
        spans = islice(src.index.places(ref.source_text), PLACES)
    judged: list[Judged] = []
    for span in spans:
        spoken = _spoken(span, point, src)
        failures = _credit(point, spoken, where, src)
        unquoted = point.speaker is not None and not src.overlapping(Span(*span))
        judged.append((span, failures, (unquoted, _rank(point, spoken, failures, src))))
        if judged[-1][2] == (False, 0):
            break
    return judged


def _rank(point: Point, spoken: list[Quote], failures: list[Failure], src: Source) -> int:
    """0 where the place confirms the credit, 1 for warnings, 2 for no word either way, 3 errors."""
    if any(f.severity == "error" for f in failures):
        return 3
    if failures:
        return 1
    confirmed = point.speaker is None or any(
        q.speaker and _same(point.speaker, q.speaker, src) for q in spoken
    )
    return 0 if confirmed else 2


def _spoken(span: tuple[int, int], point: Point, src: Source) -> list[Quote]:
    """The source quotations a passage at `span` quotes, but not those it reports with their cue."""
    # a whole sentence of the article, "Lee called it “a disaster”, while Chen said it was “a
    # triumph”", says itself who said what: it is the article's reporting, unless the point
    # credits it to someone the sentence does not name (“…,” Biden said, credited to Harris)
    passage = src.article.text[span[0] : span[1]]
    if point.speaker is not None and not _names(point.speaker, None, passage):
        return src.overlapping(Span(*span))
    return [
        q
        for q in src.overlapping(Span(*span))
        if not (span[0] <= q.start and q.end <= span[1] and _reported(q, passage))
    ]


def _reported(quote: Quote, passage: str) -> bool:
    """Whether `passage` names `quote`'s speaker beside the quotation (a pronoun is not enough)."""
    if not quote.speaker or len(passage) <= len(quote.text):
        return False
    return _names(quote.speaker, quote.mention, passage.replace(quote.text, " "))


def _names(speaker: str, mention: str | None, text: str) -> bool:
    """Whether `text` names `speaker` (or, in CJK, writes the `mention` at its cue)."""
    if lang.CJK_CHAR.search(speaker):
        return any(m and len(m) >= 2 and m in text for m in (speaker, mention))
    words = {w.casefold() for w in lang.LETTERS.findall(fold_name(text))}
    return bool(name_tokens(fold_name(speaker)) & words)


def _credit(point: Point, found: list[Quote], where: tuple[int, int], src: Source) -> list[Failure]:
    """The speaker failures of crediting the source quotations `found` to the point's speaker."""
    for quote in found:
        # a point that names nobody claims nothing a guess could confirm or refute
        unclaimed = point.speaker is None and quote.confidence != "high"
        if quote.speaker is None or unclaimed or _as_cued(point.speaker, quote):
            continue
        if not _same(point.speaker, quote.speaker, src):
            return [_speaker_failure(point.speaker, quote, where)]
        if point.speaker and len(people := _held(point.speaker, src)) > 1:
            detail = f"quote credited to {point.speaker}, a name of {' and of '.join(people)}"
            return [Failure("speaker_unconfirmed", detail, *where, severity="warning")]
    if point.speaker and found and all(q.kind == "title" for q in found):
        detail = f"quote credited to {point.speaker} but the source uses it as a name or title"
        return [Failure("title_credited", detail, *where, severity="warning")]
    return []


def _same(credited: str | None, speaker: str, src: Source) -> bool:
    """Whether `credited` names `speaker`, and not another of the article's speakers instead."""
    # "James Hall" shares a surname with "Ellie Hall" but is another person the article quotes;
    # so is "李明" whose name "李明华" holds
    if credited is None or not same_speaker(credited, speaker):
        return False
    if han_apart(credited, speaker) and fold_name(credited) in src.folded_speakers:
        return False
    if holds(credited, speaker):
        return True
    return not any(holds(credited, s) for s in src.speakers) and not _other(credited, speaker, src)


# "Hall" when Ellie Hall and James Hall are both quoted, "Ed" for Ed Balls and Ed Miliband: the
# reader cannot tell whom the summary means, so the credit is neither confirmed nor refuted
def _held(credited: str, src: Source) -> list[str]:
    """The article's speakers whose names hold `credited` (and are not it), one per person."""
    if fold_name(credited) in src.folded_speakers:
        return []
    found = sorted((s for s in src.speakers if holds(credited, s)), key=len)
    return [s for i, s in enumerate(found) if not any(holds(s, t) for t in found[:i])]


# "Ellie Hall, the sister of the senator James Hall, said": James Hall is named but not quoted;
# "Joe Biden" for "Joseph R. Biden" keeps the initial of the given name
def _other(credited: str, speaker: str, src: Source) -> bool:
    """Whether the article writes `credited` in full, given a name of another initial."""
    mine, theirs = _initial(credited), _initial(speaker)
    return mine is not None and theirs is not None and mine != theirs and src.writes(credited)


def _initial(name: str) -> str | None:
    """The first letter of a name's first word before its surname, None for a surname alone."""
    kept = name_tokens(fold_name(name))
    words = [w for w in lang.LETTERS.findall(fold_name(name)) if w.casefold() in kept]
    return words[0][0].casefold() if len(words) >= 2 else None


def _as_cued(credited: str | None, quote: Quote) -> bool:
    """Whether the point names the speaker in the article's own words at the cue."""
    # "глава МИД" for Павел Климкин: a phrase of two words or more, not a pronoun
    mention = quote.mention or ""
    words = len(mention) if lang.CJK_CHAR.search(mention) else len(mention.split())
    if not credited or words < 2:
        return False
    return fold_name(credited).casefold() == fold_name(mention).casefold()


def _speaker_failure(credited: str | None, quote: Quote, where: tuple[int, int]) -> Failure:
    """wrong_speaker against a confident source attribution; a warning against a guess."""
    said = credited or "nobody"
    if quote.confidence == "high":
        detail = f"quote credited to {said} but the source credits it to {quote.speaker}"
        return Failure("wrong_speaker", detail, *where)
    detail = f"quote credited to {said}; the source may credit it to {quote.speaker} (unconfirmed)"
    return Failure("speaker_unconfirmed", detail, *where, severity="warning")
