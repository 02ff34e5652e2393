"""Roles right before a German name read for the pair of a man and a woman (`met_pair`)."""
# "standen sich die Anwältin der Nebenklage, Miriam Adebayo, und Verteidiger Konstantin Hoff
# gegenüber. „…“, sagte sie. „…“, hielt er dagegen.": neither first name is in the table, but the
# role run into each name marks a gender by its ending ("Verteidiger" a man, "Zeugin" a woman),
# and a capitalised word before a known first name is a role, not part of the name ("Stadtrat
# Henrik Maas"). A two-word run right after an article is a noun, no person ("nach dem Urteil
# Erklärungen").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.lexicon.cues import Cues

_TABLE = _data.load_toml("german.toml")["pair_roles"]
_FEMININE = tuple(_TABLE["feminine"])
_MASCULINE = tuple(_TABLE["masculine"])
_NOT_MASCULINE = tuple(_TABLE["not_masculine"])
_MIN = int(_TABLE["min_letters"])
_VOWELS = frozenset("aeiouäöü")
_FUNCTION = frozenset(_data.load_toml("german.toml")["attribute"]["openers"])  # "beim", "in"
_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*) $")


def ending_gender(word: str, cues: Cues) -> str | None:
    """The gender a role noun marks: a title's, else its ending's ("Zeugin", "Verteidiger")."""
    marked = title_gender(word, cues)
    lower = word.lower().rsplit("-", 1)[-1]
    if marked or len(lower) < _MIN or first_name(word, "de"):
        return marked
    if lower.endswith(_FEMININE) and lower[-3] not in _VOWELS:
        return "feminine"
    if lower.endswith(_MASCULINE) and not lower.endswith(_NOT_MASCULINE):
        return "masculine"
    return None


def role_before(text: str, at: int, cues: Cues) -> str | None:
    """The gender marked by a role noun run into the name at `at` ("Zeugin Marta Nowak")."""
    found = _BEFORE.search(text, max(0, at - 40), at)
    return ending_gender(found.group(1), cues) if found else None


def unroled(words: list[str]) -> list[str]:
    """Three words or more: the first dropped when it is a role before a known first name."""
    if len(words) < 3 or first_name(words[0], "de") or not first_name(words[1], "de"):
        return words
    return words[1:]


def article_noun(text: str, at: int, name: str, cues: Cues) -> bool:
    """Whether the two words `name` at `at` are nouns: after an article ("dem Urteil
    Erklärungen") or opened by a preposition or article ("Beim Podium")."""
    words = name.split()
    if len(words) != 2 or first_name(words[0], "de") or first_name(words[0].split("-")[0], "de"):
        return False
    if words[0].lower() in cues.determiners or words[0].lower() in _FUNCTION:
        return True
    before = TOKEN.findall(text, max(0, at - 8), at)[-1:]
    return bool(before) and text.endswith(before[0] + " ", 0, at) and before[0] in cues.determiners


def given_gender(name: str) -> str | None:
    """The gender a hyphenated first name marks when its parts agree ("Hans-Peter Dorn")."""
    parts = name.split()[0].split("-") if " " in name else []
    genders = {first_name(part, "de") for part in parts}
    return genders.pop() if len(parts) > 1 and len(genders) == 1 else None
