"""Who said each quotation: the reporting cue near it and the canonical name the cue points to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.cues import Cues, Mention, cues_for
from summarizer.lang import family
from summarizer.mentions import find_mention
from summarizer.names import Resolver

_AFTER = 200
_BEFORE = 300
_CONTEXT = 600


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


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is credited to (None: unknown) and the cue word that says so."""

    speaker: str | None
    cue: str | None


def attribute(text: str, spans: Sequence[Span], lang: str) -> tuple[Attribution, ...]:
    """One attribution per span, in order; a multi-paragraph quotation shares one speaker."""
    fam = family(lang)
    cues = cues_for(fam)
    resolver = Resolver(text, cues)
    result: list[Attribution] = []
    for chain in _chains(spans):
        mention = _mention(text, spans, chain, cues)
        context = _context(spans, chain[0])
        speaker = resolver.resolve(mention, context) if mention else None
        found = Attribution(speaker, mention.cue if mention and speaker else None)
        if speaker is None and result and _inherits(text, spans, chain[0], cues):
            found = result[-1]
        result.extend(found for _ in chain)
    return tuple(result)


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


def _mention(text: str, spans: Sequence[Span], chain: list[int], cues: Cues) -> Mention | None:
    first, last = chain[0], chain[-1]
    after = _after_window(text, spans, last, cues)
    before = _before_window(text, spans, first, cues)
    return find_mention(text, before, after, cues)


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
