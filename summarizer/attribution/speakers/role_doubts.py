"""Roles and ages that do not make a person the one taken up again at a cue (review27c).

Read by speakers/taken_up.py: a role denied or wanted ("Jan Ost is not president", "Jan Ost,
der Minister werden will,") introduces nobody with it, and an unnamed person of the same age
before the cue ("Ein 65-Jähriger wurde verletzt", "A 65-year-old man was hurt") may be the one
the age at the cue stands for, so that age links nobody. The role written with no name, before
the person ("Die Ministerin kritisierte ihre Vorgängerin, die damalige Bauministerin Petra
Lang") or, in German, between the person and the cue with anything but a plain definite article
("Der Kämmerer der Nachbarstadt", "der gegnerische Trainer", "ein weiterer Landwirt", review28b),
may be someone else's, so it links nobody."""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from typing import Any

from summarizer.attribution.lexicon.word_runs import matches_from, occurrences

_SENTENCE = re.compile(r"[.!?](?=\s)")


def denied(phrase: str, data: dict[str, Any]) -> bool:
    """Whether an apposed or predicated role phrase denies the role or, in German, is a
    relative clause that ends in its verb ("der Minister werden will")."""
    words = phrase.split()
    if any(w.lower() in data["negations"] for w in words):
        return True
    return bool(data["capital_heads"] and words and words[-1].islower())


def unnamed_age(text: str, age: str, at: int, data: dict[str, Any]) -> bool:
    """Whether an unnamed person of `age` is written before `at` ("ein 65-Jähriger")."""
    return _first_unnamed(text, data["age_unnamed"]).get(age, math.inf) < at


# read once per article and pattern, so that each cue only compares (linear)
@functools.lru_cache(maxsize=8)
def _first_unnamed(text: str, pattern: str) -> dict[str, float]:
    """Where an unnamed person of each age is first written."""
    first: dict[str, float] = {}
    for found in re.finditer(pattern, text):
        first.setdefault(found.group(1), found.start())
    return first


def bare_rival(
    text: str, role: str, person: tuple[int, str], cue: int, data: dict[str, Any]
) -> bool:
    """Whether the role is written with no name before the person, or (German) between the
    person and the cue other than plainly ("Der Kämmerer sagte")."""
    links = tuple(data.get("complement_links", ()))
    bare, odd = _bare(text, role, links)
    if bare and bare[0] < person[0]:
        return True
    after = bisect_right(odd, person[0] + len(person[1]))
    found = _SENTENCE.search(text, person[0] + len(person[1]))
    end = found.start() if found else len(text)
    while after < len(odd) and odd[after] < end and _own(text, odd[after]):
        after += 1  # "Jan Ost ist Landwirt", "Eva Ems, die als Lehrerin arbeitet": the person's
    return after < len(odd) and odd[after] < cue


# Read once per article and role, so that each cue only bisects (linear).
@functools.lru_cache(maxsize=64)
def _bare(text: str, role: str, links: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Where the role stands as a word with no name after it (nor a complement and an apposed
    name, "Die Bürgermeisterin von Kornbach, Eva Ems"), and where (German) not plainly so: after
    another word than a definite article, or before a complement ("Der Kämmerer der Stadt")."""
    joined = "|".join(links)
    complement = (
        rf"|\s+(?:{joined})\s[^,.;:!?„“\"]{{1,40}}?,\s+[A-ZÄÖÜ]\S+\s+[A-ZÄÖÜ]" if links else ""
    )
    pattern = rf"(?<![\w-]){re.escape(role)}(?![\w-])(?-i:(?!,?\s+[A-ZÄÖÜ]{complement}))"
    written = occurrences(text, role, re.IGNORECASE)  # a match starts only where the role is
    bare = [m.start() for m in matches_from(text, re.compile(pattern, re.IGNORECASE), written)]
    plain = re.compile(rf"(?:{joined})(?![\w-])") if links else None
    odd = [at for at in bare if plain and _odd(text, at, role, plain)]
    return bare, odd


def _odd(text: str, at: int, role: str, complement: re.Pattern[str]) -> bool:
    """Whether the bare role at `at` is no plain "der Kämmerer" of the person taken up."""
    before = text[max(0, at - 4) : at]
    after = text[at + len(role) : at + len(role) + 8].lstrip()
    return before not in ("der ", "die ", "Der ", "Die ") or bool(complement.match(after))


def _own(text: str, at: int) -> bool:
    """Whether the role at `at` is written as a predicate or an apposition ("ist", "als", ", ")."""
    lead = text[max(0, at - 8) : at]
    return (
        re.search(r"(?:(?<![\w-])(?:als|ist|wird)|,|\d,|, (?:der|die|ein|eine)) $", lead)
        is not None
    )
