"""Who said each quotation: the reporting cue near it and the canonical name the cue points to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from summarizer.attribution.clauses import new_sentence
from summarizer.attribution.cues import LEAD, Cues, Mention, cues_for
from summarizer.attribution.marks import PARAGRAPH, Span
from summarizer.attribution.mentions import find_mentions, frame_mentions
from summarizer.attribution.names import Resolver
from summarizer.lang import family

_AFTER = 200
_BEFORE = 300
_CONTEXT = 600
_SHORT = 15
_LINE_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is credited to (None: unknown), the cue word and the words at it that
    say so, how it was found (`basis`), where the cue stands (-1: no cue), and whether the
    speaker is a name (not only a role: "the minister" that no name resolves)."""

    speaker: str | None
    cue: str | None
    mention: str | None = None
    basis: str = "none"
    cue_at: int = -1
    named: bool = True


def attribute(
    text: str, spans: Sequence[Span], titles: Sequence[bool], lang: str
) -> tuple[Attribution, ...]:
    """One attribution per span, in order; a multi-paragraph quotation shares one speaker, and
    the sentences of a framed speech (and the quotations in it) share the frame's speaker;
    `titles` marks the spans that are names or titles, which nobody says."""
    cues = cues_for(family(lang))
    resolver = Resolver(text, cues)
    marked = [(s, t) for s, t in zip(spans, titles, strict=True) if s.marked]
    quoted = [s for s, _ in marked]
    frames = sorted({s.frame for s in spans if s.frame is not None})
    by_frame: dict[int, Attribution] = {}
    by_span: dict[int, Attribution] = {}
    previous: Attribution | None = None
    for chain in _chains(quoted):
        first = quoted[chain[0]]
        while frames and frames[0] < first.open_at:
            colon = frames.pop(0)
            by_frame[colon] = _frame(text, colon, cues, resolver)
        found = _NOBODY if marked[chain[0]][1] else _resolved(text, quoted, chain, cues, resolver)
        if not marked[chain[0]][1] and found.speaker is None:
            found = _fallback(text, quoted, chain[0], cues, by_frame, previous) or found
        if not marked[chain[0]][1] and found.cue is None:
            found = _paragraph_before(text, first, cues, resolver) or found
        previous = found
        by_span.update((quoted[i].start, found) for i in chain)
    for colon in frames:
        by_frame[colon] = _frame(text, colon, cues, resolver)
    return tuple(
        by_frame[s.frame] if not s.marked and s.frame is not None else by_span[s.start]
        for s in spans
    )


_NOBODY = Attribution(None, None)


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
    if previous and previous.speaker and _inherits(text, spans, index, cues, previous.cue_at):
        return replace(previous, basis="carried")
    return None


def _paragraph_before(text: str, span: Span, cues: Cues, resolver: Resolver) -> Attribution | None:
    """For a quotation that is a paragraph of its own: the subject of a reporting clause in
    the paragraph right before, when that one ends a sentence ("Lund said he expects
    delays.")."""
    end = len(text[: span.para_start].rstrip())
    whole = span.open_at == span.para_start and span.close_at >= span.para_end - 2
    if not whole or text[end - 1 : end] not in (".", "!", "?"):
        return None
    start = max(text.rfind("\n", 0, end) + 1, end - _BEFORE)
    found = _first(find_mentions(text, (start, end), (end, end), cues), (start, end), resolver, end)
    return replace(found, basis="paragraph_before") if found.speaker and found.named else None


def _first(
    mentions: Iterable[Mention], context: tuple[int, int], resolver: Resolver, closed: int
) -> Attribution:
    """The first mention that resolves to a speaker; `closed` is where the quotation ends."""
    for mention in mentions:
        if mention.kind == "anonymous":  # "un proche de X": someone, not X
            return Attribution(None, mention.cue, mention.words, "none", mention.cue_at)
        speaker = resolver.resolve(mention, context)
        if speaker:
            basis = _basis(mention, closed)
            named = mention.kind != "description" and not (
                mention.kind == "role" and speaker == mention.words
            )
            return Attribution(
                speaker, mention.cue, mention.words or None, basis, mention.cue_at, named
            )
    return _NOBODY


def _basis(mention: Mention, closed: int) -> str:
    if mention.kind == "pronoun":
        return "pronoun"
    if mention.cue_at < 0 or mention.cue in (":", "："):
        return "colon_intro"
    return "cue_after" if mention.cue_at > closed else "cue"


def _resolved(
    text: str, spans: Sequence[Span], chain: list[int], cues: Cues, resolver: Resolver
) -> Attribution:
    first, last = chain[0], chain[-1]
    after = _after_window(text, spans, last, cues)
    before = _before_window(text, spans, first, cues)
    mentions = find_mentions(text, before, after, cues)
    return _first(mentions, _context(spans, first), resolver, spans[last].close_at)


def _frame(text: str, colon: int, cues: Cues, resolver: Resolver) -> Attribution:
    """Who speaks after the frame whose colon is at `colon`."""
    context = (max(0, colon - _CONTEXT), colon)
    found = _first(frame_mentions(text, colon, cues), context, resolver, len(text))
    return replace(found, basis="colon_intro") if found.speaker else found


def _context(spans: Sequence[Span], index: int) -> tuple[int, int]:
    """The text before a quotation and after the previous one: where "he" is named."""
    span = spans[index]
    start = max(0, span.open_at - _CONTEXT)
    if index > 0:
        start = max(start, spans[index - 1].close_at + 1)
    return start, span.open_at


def _inherits(text: str, spans: Sequence[Span], index: int, cues: Cues, cue_at: int) -> bool:
    """True when an unattributed quotation goes on from the one before it: in its paragraph
    with at most the previous one's cue sentence (its cue at `cue_at`) between them (the
    same sentence for Chinese and Japanese, whose articles often come as one paragraph), or
    as a paragraph of its own right after the previous quotation's paragraph."""
    if index == 0:
        return False
    span, previous = spans[index], spans[index - 1]
    if previous.para_start != span.para_start:
        whole = span.open_at == span.para_start and span.close_at >= span.para_end - 2
        adjacent = not text[previous.para_end : span.para_start].strip()
        return whole and adjacent and cues.spaced
    gap = (previous.close_at + 1, span.open_at)
    if not cues.spaced:
        return cues.sentence_end.search(text, *gap) is None
    stop = cues.sentence_end.search(text, *gap)
    if stop is None:
        return True
    lead = LEAD.match(text, gap[0], stop.start()).end()  # type: ignore[union-attr]
    narrative = new_sentence(text, gap[0], lead) and not gap[0] <= cue_at < stop.start()
    return not narrative and not text[stop.end() : span.open_at].strip()


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
    """Where a cue after the quotation may stand: the rest of its sentence, or a short next
    paragraph when the quotation is a paragraph of its own ("“想我了吗？”\n\n她问。")."""
    span = spans[index]
    start = min(span.close_at + 1, span.para_end)
    end = min(span.para_end, start + _AFTER)
    if index + 1 < len(spans) and spans[index + 1].para_start == span.para_start:
        end = min(end, spans[index + 1].open_at)
    if not text[start:end].strip() and not cues.spaced:
        end = _short_next(text, span.para_end, spans, index)
    stop = cues.sentence_end.search(text, start, end)
    return start, stop.end() if stop else end


def _short_next(text: str, end: int, spans: Sequence[Span], index: int) -> int:
    after = PARAGRAPH.search(text, end)
    if after is None:
        return end
    stop = text.find("\n", after.end())
    stop = len(text) if stop < 0 else stop
    taken = index + 1 < len(spans) and spans[index + 1].open_at < stop
    return end if taken or stop - after.end() > _SHORT else stop


def _before_window(text: str, spans: Sequence[Span], index: int, cues: Cues) -> tuple[int, int]:
    """Where a cue before the quotation may stand: its sentence, or the end of the previous
    paragraph when that ends in a colon ("He said:" or "他…说：" and the quotation below)."""
    span = spans[index]
    para_start = span.para_start
    head = text[max(0, para_start - _BEFORE) : para_start].rstrip()
    if span.open_at == para_start and head.endswith((":", "：")):
        para_start = max(0, para_start - _BEFORE)
    start = max(para_start, span.open_at - _BEFORE)
    if index > 0 and spans[index - 1].close_at >= start:
        start = max(start, spans[index - 1].close_at + 1)
    for stop in cues.sentence_end.finditer(text, start, span.open_at):
        start = stop.end()
    for line in _LINE_BREAK.finditer(text, start, max(start, span.open_at - 3)):
        start = line.end()
    return start, span.open_at
