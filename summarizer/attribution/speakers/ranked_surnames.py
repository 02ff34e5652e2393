"""A surname that is also a role word, right after a rank: "Der Abg. Richter bemerkte:",
"rief der Abgeordnete Richter", "Dr. Schulze erwiderte" (German). The roster keeps no role word
as a name, so such a speaker was read as a role with no holder and named nobody; a rank, a
degree or an office before it (german.toml `[address] ranks`) takes only a name after it. A form
of address alone does not ("der Herr Richter" is the judge)."""

from __future__ import annotations

import re

from summarizer.attribution.german.particled import RANK_WORDS
from summarizer.attribution.lexicon.cues import Cues, Mention

_RANKS = frozenset(RANK_WORDS)
_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")
_LEAD = 30


def ranked_surname(text: str, mention: Mention, cues: Cues, holder: str | None) -> str | None:
    """The mention's one capitalised word when a rank stands right before it and the title's
    `holder` is not that surname's bearer ("Abg. Richter: Meine Herren"); else the holder ("der
    Abgeordnete Eugen Richter … schloß der Abgeordnete Richter": Eugen Richter)."""
    word = mention.words
    if not cues.nouns_capitalized or " " in word or not word[:1].isupper() or word.endswith("s"):
        return holder
    rank = _BEFORE.search(text, max(0, mention.at - _LEAD), mention.at)
    if rank is None or rank.group(1) not in _RANKS:
        return holder
    return holder if holder and holder.split()[-1] == word else word
