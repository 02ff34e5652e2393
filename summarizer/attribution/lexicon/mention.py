"""A raw reference to a speaker next to a cue, as the frame readers pass it on."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.attribution.lexicon.records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A raw reference to a speaker next to a cue: its words, what kind it is, and where."""

    words: str
    kind: str
    cue: str
    at: int
    cue_at: int = -1
    sure: bool = True  # False: its cue never names the speaker surely (a relative's antecedent)
    carried: bool = False  # True: a sentence before gave it; the cue's own clause drops it
