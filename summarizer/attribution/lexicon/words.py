"""Words as the attribution passes read them, and the set of an article's words, read once."""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Sequence

TOKEN = re.compile(r"\w+(?:[-'’./]\w+)*")
"""A word, with its inner hyphens, apostrophes, periods and slashes ("O'Brien", "U.S.", "9/11")."""
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4)
def words_of(text: str) -> frozenset[str]:
    """Every word of `text`: one pass per text, not per cue."""
    return frozenset(_WORD.findall(text))


# "премьер Словакии", "mit ihren": a head word (a role, a preposition) and lower-case words after
# it, up to the end of `words` (frames/role_genitive.py, german/split_round.py).
def head_before(words: Sequence[str], heads: Container[str], reach: int) -> bool:
    """Whether one of the last `reach` words is in `heads` with only lower-case words after it."""
    for word in reversed(words[-reach:]):
        if word.lower() in heads:
            return True
        if not word.islower():
            return False
    return False


# Only the spaces right before `at` are read: copying the whole text before it, once per name,
# made a text of many names take the square of its length.
def mark_before(text: str, at: int) -> str:
    """The last character before `at` that is not a space ("" when only spaces precede it)."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return text[at - 1] if at else ""
