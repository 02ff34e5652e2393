"""The German forenames an article's names are known to open with (data/genders.toml)."""

from __future__ import annotations

from summarizer import _data

_GIVEN = _data.load_toml("genders.toml")["de"]["first_names"]  # by the gender each marks
GENDERS = {name: gender for gender, names in _GIVEN.items() for name in names}
"""The gender each known German forename marks, by the forename as written ("Eva": feminine)."""
FORENAMES = frozenset(GENDERS)
"""Known German forenames as written ("Jan", "Eva")."""
GIVEN = frozenset(
    word
    for grammar in _data.load_toml("genders.toml").values()
    for words in grammar.get("first_names", {}).values()
    for word in words
)
"""Given names known in any language ("Carl", "Gabriel", "José")."""
