"""A full stop that joins an abbreviated particle to the word after it, ending no sentence."""

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.lexicon.name_particles import ABBREVIATED_PARTICLES

_NAMES = _data.load_toml("names.toml")
_PLACE_PARTICLES = frozenset(_NAMES["place_particles"])
_STREETS = frozenset(_NAMES["street_abbreviations"])
_PLACE_AND_NAME = 3  # a particle and two capitalised words, no title among them


# "said the St. Louis mayor", "the Ste. Agathe priest": an abbreviated particle's full stop
# joins it to the capitalised word after it, as in a name ("Tom St. Pierre").
def particle_joins(word: str, after: str) -> bool:
    """Whether `word` is a capitalised abbreviated particle before the capitalised `after`."""
    return word.istitle() and word.lower() in ABBREVIATED_PARTICLES and after.istitle()


# "Mt.", "Ft.", "Pt." open a place's name, never a person's: with the one word after them they
# are a place ("said Mt. Vernon"), no person; before a known first name and a surname the full
# stop ends a sentence ("The Lakers won by 10 Pt. Tom Roe said": Tom Roe); before two words of
# no known first name it is either, so nobody. `run` is in text order.
def past_place(text: str, run: list[re.Match[str]], family: str) -> list[re.Match[str]]:
    """`run` without a place's particle that ends a sentence before a full name."""
    run = _past_street(text, run, forenames(family))
    if len(run) < 2 or run[0].group().lower() not in _PLACE_PARTICLES:
        return run
    if text[run[0].end() : run[1].start()] != ". ":
        return run
    if len(run) == 2:
        return run  # a place alone: `place_name` tells it from a person
    if run[1].group() in forenames(family):
        return run[1:]
    # "Pt. Jamal Roe": a place and a surname, or a sentence's end and a full name: unknown
    return [] if len(run) == _PLACE_AND_NAME else run


# "St." after a capitalised word closes a street's name ("Main St.", "Elm St."); before two
# capitalised words its full stop ends the sentence and they are the name ("down Main St. Tom
# Roe said": Tom Roe). Before one word it is a surname's particle ("Tom St. Pierre"), and first
# in a run a saint's ("St. Louis"): both stay, and so does one after a known first name ("Ann
# St. Clair Roe" is one woman).
def _past_street(
    text: str, run: list[re.Match[str]], forenames: frozenset[str]
) -> list[re.Match[str]]:
    """`run` from the full name after a street's abbreviation that ends a sentence."""
    for index in range(len(run) - 3, 0, -1):  # the last street, nearest the name
        word, before = run[index].group(), run[index - 1].group()
        street = word.istitle() and word.lower() in _STREETS
        street = street and before.istitle() and before not in forenames
        if street and text[run[index].end() : run[index + 1].start()] == ". ":
            return run[index + 1 :]
    return run


def place_name(name: str) -> bool:
    """Whether `name` is a place's particle and one word ("Mt. Vernon", "Ft Worth")."""
    words = name.replace(".", " ").split()
    return len(words) == 2 and words[0].lower() in _PLACE_PARTICLES and words[0].istitle()


@functools.cache
def forenames(family: str) -> frozenset[str]:
    """The first names that mark a gender in a language (data/genders.toml)."""
    groups = _data.load_toml("genders.toml").get(family, {}).get("first_names", {})
    return frozenset(word for words in groups.values() for word in words)
