"""Whether a role and a title agree in rank: "the president" is no "Vice President Jo Lund"."""

from __future__ import annotations

import functools

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_LEAD = 3  # words before a name that hold its title's rank ("former Vice President")


@functools.cache
def _modifiers(family: str) -> frozenset[str]:
    """The words that make another office of a title ("vice", "deputy", "former")."""
    return frozenset(_data.load_toml("cues.toml").get(family, {}).get("rank_modifiers", []))


# "the former president" is not the one a "Vice President" names, "the president" not a "former
# President"; a qualifier in capitals ("Russian President") is read by `Roster.qualified`.
def same_rank(text: str, role: str, pos: int, name: str, cues: Cues) -> bool:
    """Whether `role` and the title before `name` (registered at `pos`) carry the same ranks."""
    modifiers = _modifiers(cues.family)
    if not modifiers:
        return True
    begin = text.find(name, pos)
    lead = TOKEN.findall(text, max(0, pos - 40), begin if begin >= 0 else pos)[-_LEAD:]
    titled = {w.lower() for w in lead} & modifiers
    return titled == {w.lower() for w in TOKEN.findall(role)} & modifiers
