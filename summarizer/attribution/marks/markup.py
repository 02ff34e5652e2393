"""Markup pasted into text: the marks of an attribute's value quote nothing."""

from __future__ import annotations

import re

# class="twitter-tweet": the marks of a markup attribute pasted into the text quote nothing.
_ATTRIBUTE = re.compile(r"=\"[^\"\n]*\"|='[^'\n]*'")
NO_MARKUP: frozenset[int] = frozenset()


def attributes(text: str, start: int, end: int) -> set[int]:
    """The offsets of the marks around a markup attribute's value in one paragraph."""
    return {p for m in _ATTRIBUTE.finditer(text, start, end) for p in (m.start() + 1, m.end() - 1)}
