"""A quoted thing that a German separable verb puts somewhere: no words of the verb's subject."""
# "Sie räumte die „verbotenen Bücher“ wieder ins Regal ein", "Er fügte der Suppe „eine Prise
# Zimt“ hinzu": the stem of a verb of saying ("räumte", "fügte"), the quotation a noun phrase
# with its article, and the particle closing the clause after a place ("ins Regal") or with a
# second object before the quotation ("der Suppe"): the verb is the physical one (einräumen,
# hinzufügen), so the quotation is the name of a thing. "räumte „schwere Fehler“ ein" stays.

from __future__ import annotations

import re
from itertools import pairwise

from summarizer import _data
from summarizer.attribution.german.separable import separable_verbs
from summarizer.attribution.lexicon.cues import Cues

_PLACED = _data.load_toml("german.toml")["placed"]
_PLACES = frozenset(_PLACED["prepositions"])
_INTO = frozenset(_PLACED["contracted"])  # "ins", "ans", "aufs": a preposition and "das"
_GOALS = frozenset(_PLACED["goals"])  # accusative articles: "in den Schrank", "in die Kiste"
_GIVEN = "hinzu"  # hinzufügen: the one verb whose dative object is the thing added to
_ADDED = frozenset(_PLACED["added_to"])  # what hinzufügen adds a thing to
_PAIRS = separable_verbs()
_PARTICLES = {stem: {p for s, p in _PAIRS if s == stem} for stem, _ in _PAIRS}
_WORD = re.compile(r"\w+")
_BETWEEN = 6  # words between the stem and the quotation: its own clause, bounded
_OPENING = re.compile(r"\s*[„“\"»«]")
_CLOSE = re.compile(r"[“”\"«»]")
_CLAUSE = re.compile(r"[^.,;:!?„“”\"«»\n]{0,120}")  # the rest of the clause after the quotation


def placed_thing(text: str, cue: re.Match[str], start: int, cues: Cues) -> bool:
    """Whether the separable cue's clause holds the quotation opening at `start` as a thing."""
    particles = _PARTICLES.get(cue.group().lower())
    opening = _OPENING.match(text, start)  # the quotation's mark, after spaces
    if not particles or opening is None:
        return False
    start = opening.end() - 1
    between = text[cue.end() : start]
    if any(c in between for c in ",;:.!?"):
        return False
    mark = _CLOSE.search(text, start + 1, start + 200)
    words = _WORD.findall(between)
    if mark is None or len(words) > _BETWEEN:
        return False
    close = mark.start()
    quoted = _WORD.findall(text[start:close])
    after = _WORD.findall(_CLAUSE.match(text, close + 1).group())  # type: ignore[union-attr]
    if not after or after[-1] not in particles or not quoted:
        return False
    article = quoted[0].lower() in cues.determiners or (
        bool(words) and words[-1].islower() and words[-1] in cues.determiners
    )
    given = after[-1] == _GIVEN
    second = given and _dative_object(words, cues)
    added = given and any(w in _ADDED for w in after[:-1])  # "„eine Prise Zimt“ zur Suppe hinzu"
    return article and (_direction(after[:-1]) or second or added)


# "ins Regal", "in den Schrank": a preposition that takes its goal in the accusative completes a
# verb of putting; "in einer Pressekonferenz", "an diesem Abend", "unter Tränen" only say when,
# where or how something was said, and leave the verb one of saying.
def _direction(words: list[str]) -> bool:
    """Whether the words after the quotation hold a phrase of direction (into, onto a place)."""
    if any(w in _INTO for w in words):
        return True
    return any(a in _PLACES and b in _GOALS for a, b in pairwise(words))


# "fügte der Suppe „eine Prise Zimt“ hinzu", "dem Bericht an die Kommission": a noun phrase
# before the quotation that ends with its noun or the quotation's own article; a word after
# the noun ("den Kritikern gegenüber") makes it a postposition's, no object.
def _dative_object(words: list[str], cues: Cues) -> bool:
    """Whether the words before the quotation are an article and a noun, then nouns or articles."""
    if len(words) < 2 or words[0] not in cues.determiners or not words[1][:1].isupper():
        return False
    return words[-1][:1].isupper() or words[-1] in cues.determiners
