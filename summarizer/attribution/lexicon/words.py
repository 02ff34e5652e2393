"""The set of an article's words, read once per article for the rules that ask about many."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4)
def words_of(text: str) -> frozenset[str]:
    """Every word of `text`: one pass per text, not per cue."""
    return frozenset(_WORD.findall(text))
