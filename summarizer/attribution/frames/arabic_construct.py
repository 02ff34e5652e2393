"""The construct state of an Arabic title: the complement between a title and its holder's name."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES

_PARTICLES = _data.load_toml("particles.toml")["ar"]
_KIN = frozenset(_PARTICLES["kin_nouns"])
_OPENERS = frozenset(_PARTICLES["name_openers"])
_ARTICLE = "ال"
_CHAIN = 2  # indefinite nouns of a construct chain between a title and its definite noun


# "رئيس بلدية المدينة كريم الحسيني": a title without the article is in the construct state, and
# its complement runs through nouns without the article up to the first definite noun
# ("بلدية المدينة"); only when a name follows that noun ("الرئيس بشار الأسد" stays a name).
def construct(tokens: list[re.Match[str]], index: int, cues: Cues) -> int:
    """How many indefinite nouns of a construct chain open at `index`, after a bare title."""
    title = tokens[index - 1].group() if index else _ARTICLE
    if title.startswith(_ARTICLE) or title in _KIN:
        return 0
    for length in range(1, _CHAIN + 1):
        chain = tokens[index : index + length + 2]  # the chain, its definite noun, a name word
        if len(chain) < length + 2 or not all(_bare(t.group(), cues) for t in chain[:length]):
            return 0
        if chain[length].group().startswith(_ARTICLE):
            return length
    return 0


def _bare(word: str, cues: Cues) -> bool:
    """Whether a word may be an indefinite noun inside a construct chain."""
    taken = word in cues.titles or word in PARTICLES or word in _OPENERS
    return not (word.startswith(_ARTICLE) or taken)
