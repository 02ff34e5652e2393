"""A surname's own particle opening a name: "Le Pen", "De Gaulle", "Da Silva", "Van Gogh"."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES


def _capital_then_lower(word: str) -> bool:
    """Whether `word` opens with a capital and a lower-case letter ("Guindos"; not "DE", "de")."""
    return word[:1].isupper() and word[1:2].islower()


def _particle_cased(word: str) -> bool:
    """Whether `word` is written as a particle of a name: a capital, then only lower case ("De",
    "Van"; not "DE", "de", "VanDer")."""
    return _capital_then_lower(word) and word[1:].islower()


def opens_surname(word: str, following: list[re.Match[str]], *, alone: bool = False) -> bool:
    """Whether a capitalised particle stands before a capitalised word ("dijo De Guindos");
    `alone`: whether `word` is a particle so written, whatever follows."""
    particle = word.lower() in PARTICLES and _particle_cased(word)
    return particle and (alone or (bool(following) and _capital_then_lower(following[0].group())))


# Capitalised as a word of the name, a particle before the surname is the surname's ("De
# Guindos", "Da Silva"; in English "Le Pen"), not a preposition opening the clause ("de Madrid"
# is lower case). A particle that is the language's article ("Le", "La", "Al" in French and
# Spanish; German "Der") opens a paper's or a body's name as often ("Selon Le Monde", "Der
# Spiegel", "Al Gobierno lo calificó"), so it is cut as before; nor does a particle before a
# body's or a title's word open a surname ("De Policía").
def front_particle(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether `tokens[index]` is a capitalised particle opening the name's last word."""
    word = tokens[index]
    if index != 0 or len(tokens) != 2 or word.lower() not in PARTICLES:
        return False
    if not _particle_cased(word):
        return False  # "DE", "de": no word of a name written so
    if word.lower() in cues.articles or (
        cues.nouns_capitalized and word.lower() in cues.determiners
    ):
        return False  # "Selon Le Monde", "Al Gobierno", "Der Spiegel": as often a body or an object
    last = tokens[1]
    lower = last.lower()
    plain = lower not in cues.titles and lower not in cues.stop and lower not in cues.orgs
    return _capital_then_lower(last) and plain


# "said van Oordt", "a déclaré van der Berg": right after a cue, a lower-case particle that is no
# word of the language (no stop word: not French "de" nor German "von") opens the surname the
# particles run on to (`particles32`).
def opens_lower(word: str, following: list[re.Match[str]], cues: Cues) -> bool:
    """Whether a lower-case particle no word of the language opens a capitalised surname."""
    if not word.islower() or word not in PARTICLES or word in cues.stop or word in cues.governing:
        return False
    ahead = 0
    while ahead < len(following) and following[ahead].group() in PARTICLES:
        ahead += 1
    return ahead < len(following) and _capital_then_lower(following[ahead].group())
