"""The title a noun that takes a person up again stands for ("el mandatario": "presidente")."""

# Papers vary the word for a titled person they quote again ("El presidente Andrés Molina … «…»,
# aseguró el mandatario", "a affirmé le chef de l'État"): such a role reads as the title it
# stands for, so the one person given that title before the cue is found as for "aseguró el
# presidente", by the same rules (one holder in view, the role's qualifiers before the name).
# Data: summarizer/data/office_epithets.toml.

from __future__ import annotations

import functools
import re

from summarizer import _data

_DATA: dict[str, dict[str, str]] = _data.load_toml("office_epithets.toml")


def office_role(words: str, family: str) -> str:
    """`words` of a role at a cue with an epithet of office replaced by its title."""
    pattern = _pattern(family)
    if pattern is None:
        return words
    table = _DATA[family]
    return pattern.sub(lambda m: table[m.group().lower().replace("’", "'")], words, count=1)


@functools.lru_cache(maxsize=8)
def _pattern(family: str) -> re.Pattern[str] | None:
    """The language's epithets as whole words, longest first, or None."""
    keys = sorted(_DATA.get(family, {}), key=len, reverse=True)
    if not keys:
        return None
    spelled = "|".join(re.escape(k).replace("'", "['’]") for k in keys)
    return re.compile(rf"(?<![\w'’-])(?:{spelled})(?![\w-])", re.IGNORECASE)
