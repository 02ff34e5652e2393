"""An Arabic role in apposition before a name: a noun the title list lacks, with its complement."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.runs import PARTICLES
from summarizer.attribution.lexicon.cues import Cues

_PARTICLES = _data.load_toml("particles.toml")["ar"]
_KIN = frozenset(_PARTICLES["kin_nouns"])
_OPENERS = frozenset(_PARTICLES["name_openers"])
_SECONDS = frozenset(_PARTICLES["name_seconds"])
_CLOSERS = frozenset(_PARTICLES["role_adjectives"])
_ARTICLE = "ال"
_LINKS = 2  # indefinite nouns of the construct chain between the head and its definite noun


# "محلل الشؤون السياسية محمد علي": a noun without the article, its construct chain up to a
# definite noun, and the definite adjectives after it, is the role of the name that follows;
# "مدرب المنتخب الوطني السابق" ends a role alone at an adjective of office. A name may open the
# same way ("كريم الحسيني", "نور الدين"), so only a closing adjective makes the boundary sure;
# a role alone needs that adjective or two definite words ("أستاذ العلوم السياسية").
def arabic_role(tokens: list[re.Match[str]], cues: Cues) -> tuple[int, bool]:
    """How many words open `tokens` as a role before a name, and whether that boundary is sure."""
    if not tokens or not _bare(tokens[0].group(), cues) or tokens[0].group() in _KIN:
        return 0, False
    index = 1
    while index < len(tokens) and index <= _LINKS and _bare(tokens[index].group(), cues):
        index += 1
    definite = index
    while index < len(tokens) and _definite(tokens[index].group(), cues):
        index += 1
    if index == definite or tokens[definite].group() in _SECONDS:
        return 0, False  # no definite noun closes the chain, or it is a name's ("نور الدين")
    closed = tokens[index - 1].group() in _CLOSERS
    rest = tokens[index:]
    if not rest:  # a role alone; one definite word after a bare noun may be a name's
        return (index, True) if closed or index - definite > 1 else (0, False)
    if len(rest) == 1 or not _bare(rest[0].group(), cues) or rest[0].group() in _SECONDS:
        return 0, False  # one word after it may be an adverb ("كريم الحسيني مؤخرا")
    return index, closed


def _bare(word: str, cues: Cues) -> bool:
    """Whether a word may be a noun without the article, outside the titles and name particles."""
    taken = word in cues.titles or word in PARTICLES or word in _OPENERS
    return not (word.startswith(_ARTICLE) or taken)


def _definite(word: str, cues: Cues) -> bool:
    """Whether a word is a definite noun or adjective of a role, not a title's."""
    return word.startswith(_ARTICLE) and word not in cues.titles
