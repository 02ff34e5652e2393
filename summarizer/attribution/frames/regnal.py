"""A numeral after a monarch's or pope's given names is regnal ("Pope John Paul II")."""

from __future__ import annotations

import re
from collections.abc import Container

from summarizer import _data

_TITLES = frozenset(_data.load_toml("names.toml")["regnal_titles"])
_NUMERAL = re.compile(r"[IVX]{2,}")  # "II", "III", "IV" (one letter may be an initial)
_LETTERS = frozenset("IVX")
# as r"\b[IVX]{2,}\b", led by a class: `re` then skips to the letters (6x faster on an article)
_IN_TEXT = re.compile(r"[IVX](?<=\b[IVX])[IVX]+\b")


# "Pope John Paul II": after a regnal title's given names; "Henry Ford II", "Martin Luther King
# III": a generation's, after a full name, which names another person than "Henry Ford" does.
# "Vatican II", "Section IV": one word, no person's name.
def regnal(tokens: list[str]) -> str:
    """The numeral ending `tokens` after a regnal title's given names or a full name."""
    if len(tokens) < 3 or not numeral(tokens[-1]):
        return ""
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].lower() in _TITLES and index < len(tokens) - 2:
            return tokens[-1]
        if not tokens[index][:1].isupper():
            return tokens[-1] if index < len(tokens) - 3 else ""
    return tokens[-1]


def numeral(word: str) -> bool:
    """Whether `word` is a Roman numeral of two letters or more ("II", "XIV")."""
    return word[:1] in _LETTERS and _NUMERAL.fullmatch(word) is not None  # most: a letter tells


def any_numeral(text: str) -> bool:
    """Whether `text` holds a Roman numeral as a word of its own (most articles hold none)."""
    return _IN_TEXT.search(text) is not None


# "el papa Juan Pablo II", "le pape Jean-Paul II": a lower-case title stands before the run.
# "“…,” Charles III said": the title is left out, so the numeral after a lone given name reads as
# a suffix and is dropped, unless the article writes the name with it after a title elsewhere.
def numbered(name: str, run: str, lead: list[str], written: Container[str] = ()) -> str:
    """`name` with the numeral ending `run`, if a regnal title ends `lead` or `written` holds it."""
    last = run.rsplit(" ", 1)[-1]
    if not name or not numeral(last) or name.endswith(last):
        return name
    full = f"{name} {last}"
    titled = bool(lead) and lead[-1].lower() in _TITLES
    return full if titled or full in written else name
