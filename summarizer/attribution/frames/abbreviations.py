"""A full stop that joins an abbreviated particle to the word after it, ending no sentence."""

from __future__ import annotations

import functools
import re

from summarizer import _data

_NAMES = _data.load_toml("names.toml")
ABBREVIATED_PARTICLES = frozenset(_NAMES["abbreviated_particles"])
_PLACE_PARTICLES = frozenset(_NAMES["place_particles"])


# "said the St. Louis mayor", "the Ste. Agathe priest": an abbreviated particle's full stop
# joins it to the capitalised word after it, as in a name ("Tom St. Pierre").
def particle_joins(word: str, after: str) -> bool:
    """Whether `word` is a capitalised abbreviated particle before the capitalised `after`."""
    return word.istitle() and word.lower() in ABBREVIATED_PARTICLES and after.istitle()


# "Mt.", "Ft.", "Pt." open a place's name, never a person's: with the one word after them they
# are a place ("said Mt. Vernon"), no person; before a first name and a surname the full stop
# ends a sentence ("The Lakers won by 10 Pt. Tom Roe said": Tom Roe). `run` is in text order.
def past_place(text: str, run: list[re.Match[str]], family: str) -> list[re.Match[str]]:
    """`run` without a place's particle that ends a sentence before a full name."""
    if len(run) < 2 or run[0].group().lower() not in _PLACE_PARTICLES:
        return run
    if text[run[0].end() : run[1].start()] != ". ":
        return run
    sentence = len(run) > 2 and run[1].group() in _forenames(family)
    return run[1:] if sentence else run  # a place alone: `place_name` tells it from a person


def place_name(name: str) -> bool:
    """Whether `name` is a place's particle and one word ("Mt. Vernon", "Ft Worth")."""
    words = name.replace(".", " ").split()
    return len(words) == 2 and words[0].lower() in _PLACE_PARTICLES and words[0].istitle()


@functools.cache
def _forenames(family: str) -> frozenset[str]:
    """The first names that mark a gender in a language (data/genders.toml)."""
    groups = _data.load_toml("genders.toml").get(family, {}).get("first_names", {})
    return frozenset(word for words in groups.values() for word in words)
