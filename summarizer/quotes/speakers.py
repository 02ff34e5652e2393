"""Who said each quotation: the reporting cue near it and the canonical name the cue points to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.lang import family
from summarizer.quotes.cues import Cues, Mention, cues_for
from summarizer.quotes.mentions import find_mentions, frame_mentions
from summarizer.quotes.names import Resolver

_AFTER = 200
_BEFORE = 300
_CONTEXT = 600
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ENDING = re.compile(r"[.,;:!?…。，！？]\s*$")


@dataclass(frozen=True)
class Span:
    """A quotation's content offsets, its marks, its paragraph, and whether it continues one."""

    start: int
    end: int
    open_at: int
    close_at: int
    para_start: int
    para_end: int
    continued: bool = False
    kind: str = "quote"
    frame: int | None = None


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is credited to (None: unknown) and the cue word that says so."""

    speaker: str | None
    cue: str | None


def attribute(text: str, spans: Sequence[Span], lang: str) -> tuple[Attribution, ...]:
    """One attribution per span, in order; a multi-paragraph quotation shares one speaker, and
    the sentences of a framed speech (and the quotations in it) share the frame's speaker."""
    cues = cues_for(family(lang))
    resolver = Resolver(text, cues)
    marked = [s for s in spans if s.kind == "quote"]
    frames = sorted({s.frame for s in spans if s.frame is not None})
    by_frame: dict[int, Attribution] = {}
    by_span: dict[int, Attribution] = {}
    previous: Attribution | None = None
    for chain in _chains(marked):
        first = marked[chain[0]]
        while frames and frames[0] < first.open_at:
            colon = frames.pop(0)
            by_frame[colon] = _frame(text, colon, cues, resolver)
        named = _named(text, first)
        found = named or _resolved(text, marked, chain, cues, resolver)
        if named is None and found.speaker is None:
            found = _fallback(text, marked, chain[0], cues, by_frame, previous) or found
        previous = found
        by_span.update((marked[i].start, found) for i in chain)
    for colon in frames:
        by_frame[colon] = _frame(text, colon, cues, resolver)
    return tuple(
        by_frame[s.frame] if s.kind == "speech" and s.frame is not None else by_span[s.start]
        for s in spans
    )


def _fallback(
    text: str,
    spans: Sequence[Span],
    index: int,
    cues: Cues,
    by_frame: dict[int, Attribution],
    previous: Attribution | None,
) -> Attribution | None:
    """For a quotation with no speaker of its own: the speaker of the speech it sits in, or
    of the quotation it follows."""
    frame = spans[index].frame
    if frame is not None:
        return by_frame[frame]
    return previous if previous and _inherits(text, spans, index, cues) else None


def _first(
    mentions: Iterable[Mention], context: tuple[int, int], resolver: Resolver
) -> Attribution:
    """The first mention that resolves to a speaker."""
    for mention in mentions:
        speaker = resolver.resolve(mention, context)
        if speaker:
            return Attribution(speaker, mention.cue)
    return Attribution(None, None)


def _resolved(
    text: str, spans: Sequence[Span], chain: list[int], cues: Cues, resolver: Resolver
) -> Attribution:
    first, last = chain[0], chain[-1]
    after = _after_window(text, spans, last, cues)
    before = _before_window(text, spans, first, cues)
    mentions = find_mentions(text, before, after, cues)
    return _first(mentions, _context(spans, first), resolver)


def _frame(text: str, colon: int, cues: Cues, resolver: Resolver) -> Attribution:
    """Who speaks after the frame whose colon is at `colon`."""
    context = (max(0, colon - _CONTEXT), colon)
    return _first(frame_mentions(text, colon, cues), context, resolver)


def _named(text: str, span: Span) -> Attribution | None:
    """No speaker for a quoted name or title: "NPR's “Wait Wait … Don't Tell Me!”",
    "»Zeit«-Chefredakteur", "an ‘Out’ vote" - every word capitalised, and no closing
    punctuation unless it is long, or glued to a word after it."""
    words = _WORD.findall(text, span.start, span.end)
    if not words or not all(w[0].isupper() for w in words):
        return None
    ending = _ENDING.search(text, span.start, span.end)
    after = text[span.close_at + 1 : span.close_at + 3]
    glued = after[:1] == "-" or (after[:1] == " " and after[1:].isalpha())
    named = (not ending and (len(words) > 1 or glued)) or len(words) > 3
    return Attribution(None, None) if named else None


def _context(spans: Sequence[Span], index: int) -> tuple[int, int]:
    """The text before a quotation and after the previous one: where "he" is named."""
    span = spans[index]
    start = max(0, span.open_at - _CONTEXT)
    if index > 0:
        start = max(start, spans[index - 1].close_at + 1)
    return start, span.open_at


def _inherits(text: str, spans: Sequence[Span], index: int, cues: Cues) -> bool:
    """True when an unattributed quotation follows another in its paragraph (the same sentence
    for Chinese and Japanese, whose articles often come as one paragraph), or is a paragraph
    of its own right after one."""
    if index == 0:
        return False
    span, previous = spans[index], spans[index - 1]
    if previous.para_start != span.para_start:
        whole = span.open_at == span.para_start and span.close_at >= span.para_end - 2
        return whole and cues.spaced
    gap = (previous.close_at - 1, span.open_at)
    return cues.spaced or cues.sentence_end.search(text, *gap) is None


def _chains(spans: Sequence[Span]) -> list[list[int]]:
    """Indices grouped so that the parts of one multi-paragraph quotation stay together."""
    chains: list[list[int]] = []
    for index, span in enumerate(spans):
        if span.continued and chains:
            chains[-1].append(index)
        else:
            chains.append([index])
    return chains


def _after_window(text: str, spans: Sequence[Span], index: int, cues: Cues) -> tuple[int, int]:
    span = spans[index]
    start = min(span.close_at + 1, span.para_end)
    end = min(span.para_end, start + _AFTER)
    if index + 1 < len(spans) and spans[index + 1].para_start == span.para_start:
        end = min(end, spans[index + 1].open_at)
    stop = cues.sentence_end.search(text, start, end)
    return start, stop.end() if stop else end


def _before_window(text: str, spans: Sequence[Span], index: int, cues: Cues) -> tuple[int, int]:
    span = spans[index]
    start = max(span.para_start, span.open_at - _BEFORE)
    if index > 0 and spans[index - 1].para_start == span.para_start:
        start = max(start, spans[index - 1].close_at + 1)
    for stop in cues.sentence_end.finditer(text, start, span.open_at):
        start = stop.end()
    return start, span.open_at
