"""Words as the attribution passes read them, and the set of an article's words, read once."""

from __future__ import annotations

import functools
import re

TOKEN = re.compile(r"\w+(?:[-'’./]\w+)*")
"""A word, with its inner hyphens, apostrophes, periods and slashes ("O'Brien", "U.S.", "9/11")."""
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4)
def words_of(text: str) -> frozenset[str]:
    """Every word of `text`: one pass per text, not per cue."""
    return frozenset(_WORD.findall(text))


# Only the spaces right before `at` are read: copying the whole text before it, once per name,
# made a text of many names take the square of its length.
def mark_before(text: str, at: int) -> str:
    """The last character before `at` that is not a space ("" when only spaces precede it)."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return text[at - 1] if at else ""
