"""The German forenames an article's names are known to open with (data/genders.toml)."""

from __future__ import annotations

from summarizer import _data

_GIVEN = _data.load_toml("genders.toml")["de"]["first_names"]  # by the gender each marks
FORENAMES = frozenset(name for names in _GIVEN.values() for name in names)
"""Known German forenames as written ("Jan", "Eva")."""
