"""The gender an article marks for a name by its own words: first name, title, role."""
# Per-language data (data/genders.toml): "Ida Moss", "Dame Ida Moss", "spokeswoman Ida Moss" and
# "Ida Moss, a spokeswoman for …" mark a woman. Marks that disagree mark nothing.

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_DATA = _data.load_toml("genders.toml")
# "Church", "Tech": head nouns that end no person's name; a set per language, read once
_PLACE_HEADS = {
    family: frozenset(grammar["place_heads"])
    for family, grammar in _data.load_toml("cues.toml").items()
    if isinstance(grammar, dict) and "place_heads" in grammar
}
_LEAD = 40  # how far before a name its title or role may stand
_APPOSITION = re.compile(r",\s+(?:an?|the)\s+([^,.;:!?\"“”]{1,60})")  # ", a spokeswoman for …"
_HEAD_ENDS = frozenset(_DATA["en"]["apposition"]["ends"])  # "for" in ", a spokeswoman for X"


def _table(family: str, part: str) -> dict[str, str]:
    """Each word of one part of a language's data, with the gender it marks."""
    groups = _DATA.get(family, {}).get(part, {})
    return {word.lower(): gender for gender, words in groups.items() for word in words}


_TABLES = {
    family: {part: _table(family, part) for part in ("first_names", "titles", "roles")}
    for family in _DATA
}
for _parts in _TABLES.values():  # titles and roles merged once, a role winning ("Dame", "aide")
    _parts["marks"] = {**_parts["titles"], **_parts["roles"]}


@functools.cache
def honorifics(family: str) -> dict[str, str]:
    """Each honorific of a language family (lower case, no period) and the gender it marks."""
    table: dict[str, list[str]] = _data.load_toml("honorifics.toml").get(family, {})
    return {word: gender for gender, words in table.items() for word in words}


def first_name(name: str, family: str) -> str | None:
    """The gender the first word of `name` marks as a first name ("Ida Moss": feminine)."""
    words = name.split()
    return _TABLES.get(family, {}).get("first_names", {}).get(words[0].lower()) if words else None


def name_marks(text: str, span: tuple[int, int], family: str) -> set[str]:
    """The genders marked by the name at `span`: its first name, a title or role before it."""
    tables = _TABLES.get(family)
    if not tables:
        return set()
    start, end = span
    own = TOKEN.findall(text, start, end)
    before = list(TOKEN.finditer(text, max(0, start - _LEAD), start))[-1:]
    lead = [m.group() for m in before if text[m.end() : start].strip() in ("", ",")]
    titles = tables["marks"]
    marks = {titles.get(w.lower()) for w in (*lead, *own[:1])}
    named = [w for w in own if w.lower() not in titles]  # "Dame Ida Moss": "Ida" is her name
    marks.add(tables["first_names"].get(named[0].lower()) if len(named) > 1 else None)
    apposition = _APPOSITION.match(text, end)
    if apposition:  # "Ida Moss, a spokeswoman for the board,": the role before "for"
        marks.update(tables["roles"].get(w.lower()) for w in _head(apposition.group(1)))
    return {mark for mark in marks if mark}


def _head(phrase: str) -> list[str]:
    """The words of an apposition before its complement ("spokeswoman" of "spokeswoman for X")."""
    words = TOKEN.findall(phrase)
    ends = [i for i, word in enumerate(words) if word.lower() in _HEAD_ENDS or "'" in word]
    return words[: ends[0] if ends else len(words)]


# "said the chairman Dame Ann Roe": a word of address before a given name is no part of the name;
# "said the coach Real Madrid", "said the chairman Emeritus Ann Roe": capitalised words that open
# with no known given name may be a body, a place or the title's own word, so they name at most
# a guess, from the given name on.
def person_shaped(words: str, at: int, cue: re.Match[str], family: str) -> Mention:
    """The name `words` (at `at`) make after a title: sure only from a known given name on."""
    split = words.split()
    given = next((i for i, w in enumerate(split[:-1]) if first_name(w, family)), None)
    if given is None:
        return Mention(words, "name", cue.group(), at, cue.start(), sure=False)
    addressed = all(address_word(w, family) for w in split[:given])
    name = " ".join(split[given:])
    # "Grace Church", "Virginia Tech": a given name before a place's or a firm's head noun
    heads = _PLACE_HEADS.get(family, frozenset())
    placed = any(w.lower() in heads for w in split[given + 1 :])
    sure = addressed and not placed
    return Mention(name, "name", cue.group(), at + words.find(name), cue.start(), sure=sure)


def address_word(word: str, family: str) -> bool:
    """Whether `word` is a title of address that marks a gender ("Dame", "Sir", "Mrs.")."""
    lower = word.lower().rstrip(".")
    return lower in _TABLES.get(family, {}).get("titles", {}) or lower in honorifics(family)


# Capitalised nouns hide a surname that is a title too: "Eugen Richter" (a known first name first).
def forenamed(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether the title word at `index` ends a name as its surname, right after a first name."""
    last = 0 < index == len(tokens) - 1 and cues.nouns_capitalized
    return last and first_name(tokens[index - 1], cues.family) is not None
