"""Quotations in chains (a multi-paragraph one is one chain), and the cue frame of each, read
past a German title where one is near."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.frames.frames import CueFrame, cue_frame, cue_windows, first_mention
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_NEAR = 300  # a cue window's reach before a quotation (frames._BEFORE)
_CONTEXT = 600  # where "he" is named before a quotation (frames._CONTEXT)


# Ranges, not lists: there is one per quotation, and a range is no object the collector tracks.
def chains(spans: Sequence[Span]) -> list[range]:
    """Indices grouped so that the parts of one multi-paragraph quotation stay together."""
    starts = [index for index, span in enumerate(spans) if index == 0 or not span.continued]
    ends = [*starts[1:], len(spans)] if starts else []
    return [range(start, end) for start, end in zip(starts, ends, strict=True)]


# In Chinese a quoted term is a word of the cue's clause ("宋佳聊到人物“黑化”时说：“…”") and in
# German a title may stand between cue and quotation ("erklärte der Verlag der „Zeitung“, …"), so
# their windows read past it (a German frame that does finds no sure cue); elsewhere a title
# ends the window as any quotation does.
# `marked`: the marked quotations and, for each, whether it is a title (two lists, not a list of
# pairs: a live tuple per quotation sets off the collector).
def framed_chains(
    text: str,
    marked: tuple[list[Span], list[bool]],
    grouped: list[range],
    cues: Cues,
    written: WrittenWords,
) -> dict[int, CueFrame]:
    """The cue frame of each chain of quotations that is no title."""
    every, titled = marked
    said = [s for s, t in zip(every, titled, strict=True) if not t]
    if not cues.nouns_capitalized and cues.family == "zh":
        return _frames_of(text, said, marked, grouped, cues, written)
    if not cues.nouns_capitalized:
        found = _frames_of(text, every, marked, grouped, cues, written)
        return _past_titles(found, every, titled) if cues.pronoun_past_titles else found
    found = _frames_of(text, said, marked, grouped, cues, written)
    titles = [s.open_at for s, t in zip(every, titled, strict=True) if t]
    near = [c for c in grouped if c[0] in found and _beside_title(titled, c, titles, every)]
    moved = [c for c in near if _windows_moved(text, every, c, found[c[0]], cues)]
    cut = {c[0]: first_mention(text, every, list(c), cues, written) for c in moved}
    changed = (k for k, first in cut.items() if first != found[k].mentions[:1])
    return found | {k: replace(found[k], past_title=True) for k in changed}


def _frames_of(
    text: str,
    said: list[Span],
    marked: tuple[list[Span], list[bool]],
    grouped: list[range],
    cues: Cues,
    written: WrittenWords,
) -> dict[int, CueFrame]:
    """The cue frames of the chains, each window ending at a quotation of `said`."""
    every, titled = marked
    where = {s.start: index for index, s in enumerate(said)}
    frames: dict[int, CueFrame] = {}
    for chain in grouped:  # one pass over each chain: its indices, -1 for one not in `said`
        indices = [] if titled[chain[0]] else [where.get(every[i].start, -1) for i in chain]
        if indices and -1 not in indices:
            frames[chain[0]] = cue_frame(text, said, indices, cues, written)
    return frames


# Only a title right before or after the chain changes its windows: `cue_frame` reads no quotation
# but the chain's own and its two neighbours, which are the same in `said` otherwise.
def _beside_title(titled: list[bool], chain: range, titles: list[int], every: list[Span]) -> bool:
    """Whether a title next to the chain opens within a cue window's reach of it."""
    before = chain[0] > 0 and titled[chain[0] - 1]
    after = chain[-1] + 1 < len(titled) and titled[chain[-1] + 1]
    return (before or after) and _title_near(titles, every, chain)


# The same windows read the same mentions: `found`'s first one, nothing to re-read; `frame`
# keeps its windows among `said`, read when it was made.
def _windows_moved(text: str, every: list[Span], chain: range, frame: CueFrame, cues: Cues) -> bool:
    """Whether the chain's cue windows among every quotation differ from those of its frame."""
    return cue_windows(text, every, list(chain), cues) != frame.windows


def _title_near(titles: list[int], marked: list[Span], chain: range) -> bool:
    """Whether a title opens within a cue window's reach of the chain (`titles`: in order)."""
    index = bisect_left(titles, marked[chain[0]].open_at - _NEAR)
    return index < len(titles) and titles[index] <= marked[chain[-1]].close_at + _NEAR


# « … », a-t-elle confié after "Monique Berthier a levé le rideau de « La Page blanche ». Samedi,
# elle …": a title ends the cue window, but not the text where "elle" finds its person, which
# reads back past it to the quotation before (or its reach) as if the title were plain words.
def _past_titles(
    frames: dict[int, CueFrame], every: list[Span], titled: list[bool]
) -> dict[int, CueFrame]:
    """The frames whose context a title cut short, that context read back past the titles."""
    for index, frame in frames.items():
        back = index - 1
        while back >= 0 and titled[back]:
            back -= 1
        if back == index - 1 or every[index - 1].close_at < frame.context[0] - 1:
            continue  # no title right before, or it stood before the context's own reach
        reach = max(0, every[index].open_at - _CONTEXT)
        start = max(reach, every[back].close_at + 1) if back >= 0 else reach
        frames[index] = replace(frame, context=(start, frame.context[1]))
    return frames
