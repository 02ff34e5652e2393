"""Whether a role and a title agree in rank: "the president" is no "Vice President Jo Lund"."""

from __future__ import annotations

import functools
import re
from itertools import takewhile

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


_RIVAL_REACH = 3000  # how far back a second holder of the title is looked for
_RIVAL_WORDS = 3  # the title's complement and its holder ("министра финансов Алексея")
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+|[.,;:!?«»\"()]")


@functools.cache
def _inflected(title: str) -> re.Pattern[str]:
    """A title word with a case ending ("министра", "президенту", "губернатором")."""
    return re.compile(rf"(?<!\w){re.escape(title)}[^\W\d_]{{1,3}}(?!\w)", re.IGNORECASE)


# "Министр финансов Антон Силуанов раскритиковал бывшего министра финансов Алексея Кудрина.
# «…», — сказал министр": a second holder written in an oblique case was never registered as a
# titled name, but the role may be his as well: nobody.
def rivalless(text: str, titles: list[str], at: int, cues: Cues) -> list[str]:
    """`titles`, or none when one of them is written before `at` inflected before a name."""
    if not cues.oblique_endings:
        return titles
    begin = max(0, at - _RIVAL_REACH)
    for title in titles:
        for found in _inflected(title.lower()).finditer(text, begin, at):
            after = _CLAUSE_WORDS.findall(text, found.end(), min(at, found.end() + 60))
            words = list(takewhile(lambda w: w[0].isalpha(), after))[:_RIVAL_WORDS]
            if any(w[0].isupper() for w in words):
                return []
    return titles
