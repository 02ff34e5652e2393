"""The cue frame of each chain of quotations, read past a German title where one is near."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from summarizer.attribution.frames.frames import CueFrame, cue_frame, first_mention
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_NEAR = 300  # a cue window's reach before a quotation (frames._BEFORE)

Framed = Callable[[range], "CueFrame | None"]
"""A chain's cue frame, or None for a title's."""


# In Chinese a quoted term is a word of the cue's clause ("宋佳聊到人物“黑化”时说：“…”") and in
# German a title may stand between cue and quotation ("erklärte der Verlag der „Zeitung“, …"), so
# their windows read past it (a German frame that does finds no sure cue); elsewhere a title
# ends the window as any quotation does. `marked`: the marked quotations and, for each, whether it
# is a title. Each frame is made when asked for, in text order, and then dropped: frames kept for
# every quotation at once set off the cycle collector (as would a list of pairs for `marked`).
def framed_chains(text: str, marked: tuple[list[Span], list[bool]], cues: Cues) -> Framed:
    """The cue frame of a chain of quotations that is no title."""
    every, titled = marked
    said = [s for s, t in zip(every, titled, strict=True) if not t]
    read = said if cues.nouns_capitalized or cues.family == "zh" else every
    where = {s.start: index for index, s in enumerate(read)}
    titles = [s.open_at for s, t in zip(every, titled, strict=True) if t]
    places = {s.start: index for index, s in enumerate(every)} if cues.nouns_capitalized else {}

    def framed(chain: range) -> CueFrame | None:
        # its indices in `read`, -1 for one not in it
        indices = [] if titled[chain[0]] else [where.get(every[i].start, -1) for i in chain]
        if not indices or -1 in indices:
            return None
        found = cue_frame(text, read, indices, cues)
        if not cues.nouns_capitalized or not _title_near(titles, every, chain):
            return found
        first = first_mention(text, every, [places[every[i].start] for i in chain], cues)
        return found if first == found.mentions[:1] else replace(found, past_title=True)

    return framed


def _title_near(titles: list[int], marked: list[Span], chain: range) -> bool:
    """Whether a title opens within a cue window's reach of the chain (`titles`: in order)."""
    index = bisect_left(titles, marked[chain[0]].open_at - _NEAR)
    return index < len(titles) and titles[index] <= marked[chain[-1]].close_at + _NEAR
