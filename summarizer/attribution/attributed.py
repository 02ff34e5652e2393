"""The speaker the passes (speakers, interview, dialogue) give each quotation."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.attribution.lexicon.cues import Mention
from summarizer.attribution.lexicon.records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quotation is credited to, by which cue, and how sure that is."""

    speaker: str | None  # None: unknown
    cue: str | None  # the cue word
    mention: str | None = None  # the words at the cue that name the speaker
    basis: str = "none"  # how the speaker was found
    cue_at: int = -1  # where the cue stands; -1: no cue
    named: bool = True  # False for a role alone ("the minister") that no name resolves
    sure: bool = True  # whether the cue may count as sure: not when read past a quoted title
    mention_at: int = -1  # where the mention's words start; -1: not known


# What a quotation gets when nothing names it: no cue and no speaker.
NOBODY = Attribution(None, None)


def basis_of(mention: Mention, closed: int) -> str:
    """How a mention's cue found the speaker of a quotation that ends at `closed`."""
    if mention.kind == "pronoun":
        return "pronoun"
    if mention.carried:
        return "carried"
    if mention.cue_at < 0 or mention.cue in (":", "："):
        return "colon_intro"
    return "cue_after" if mention.cue_at > closed else "cue"
