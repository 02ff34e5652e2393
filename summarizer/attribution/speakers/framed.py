"""The cue frame of each chain of quotations, read past a German title where one is near."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from summarizer.attribution.frames.frames import CueFrame, cue_frame, first_mention
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_NEAR = 300  # a cue window's reach before a quotation (frames._BEFORE)


# In Chinese a quoted term is a word of the cue's clause ("宋佳聊到人物“黑化”时说：“…”") and in
# German a title may stand between cue and quotation ("erklärte der Verlag der „Zeitung“, …"), so
# their windows read past it (a German frame that does finds no sure cue); elsewhere a title
# ends the window as any quotation does.
# `marked`: the marked quotations and, for each, whether it is a title (two lists, not a list of
# pairs: a live tuple per quotation sets off the collector).
def framed_chains(
    text: str, marked: tuple[list[Span], list[bool]], grouped: list[range], cues: Cues
) -> dict[int, CueFrame]:
    """The cue frame of each chain of quotations that is no title."""
    every, titled = marked
    said = [s for s, t in zip(every, titled, strict=True) if not t]
    if not cues.nouns_capitalized:
        return _frames_of(text, said if cues.family == "zh" else every, marked, grouped, cues)
    found = _frames_of(text, said, marked, grouped, cues)
    titles = [s.open_at for s, t in zip(every, titled, strict=True) if t]
    near = [c for c in grouped if c[0] in found and _title_near(titles, every, c)]
    cut = {c[0]: first_mention(text, every, list(c), cues) for c in near}
    changed = (k for k, first in cut.items() if first != found[k].mentions[:1])
    return found | {k: replace(found[k], past_title=True) for k in changed}


def _frames_of(
    text: str,
    said: list[Span],
    marked: tuple[list[Span], list[bool]],
    grouped: list[range],
    cues: Cues,
) -> dict[int, CueFrame]:
    """The cue frames of the chains, each window ending at a quotation of `said`."""
    every, titled = marked
    where = {s.start: index for index, s in enumerate(said)}
    frames: dict[int, CueFrame] = {}
    for chain in grouped:  # one pass over each chain: its indices, -1 for one not in `said`
        indices = [] if titled[chain[0]] else [where.get(every[i].start, -1) for i in chain]
        if indices and -1 not in indices:
            frames[chain[0]] = cue_frame(text, said, indices, cues)
    return frames


def _title_near(titles: list[int], marked: list[Span], chain: range) -> bool:
    """Whether a title opens within a cue window's reach of the chain (`titles`: in order)."""
    index = bisect_left(titles, marked[chain[0]].open_at - _NEAR)
    return index < len(titles) and titles[index] <= marked[chain[-1]].close_at + _NEAR
