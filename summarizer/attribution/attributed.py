"""The speaker the passes give each quotation (`Attribution`): made by `speakers`, `interview`
and `dialogue`, read by `confidence` and `find`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is credited to (None: unknown), the cue word and the words at it that
    say so, how it was found (`basis`), where the cue stands (-1: no cue), whether the
    speaker is a name (not only a role: "the minister" that no name resolves), and whether
    the cue may count as sure (not when it was read past a quoted title)."""

    speaker: str | None
    cue: str | None
    mention: str | None = None
    basis: str = "none"
    cue_at: int = -1
    named: bool = True
    sure: bool = True
