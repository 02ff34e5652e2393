"""The nouns a German compound may end in ("Verteidigungsminister"), for one `str.endswith`."""

from __future__ import annotations

import functools

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_RANKS = tuple(_data.load_toml("german.toml")["title_ranks"]["heads"])


# German joins a title to what it heads: a word ending in one of these is tested in one
# `str.endswith`, not one call per title (Cues hashes by its family: a cheap look-up).
@functools.cache
def long_titles(cues: Cues) -> tuple[str, ...]:
    """The titles of more than three letters, which may end a compound."""
    return tuple(t for t in cues.titles if len(t) > 3)


@functools.cache
def long_nouns(cues: Cues) -> tuple[str, ...]:
    """The titles and organisations of more than three letters, which may end a compound."""
    return tuple(t for t in (*cues.titles, *cues.orgs) if len(t) > 3)


# "Bauministerin Katrin Vollmer … die Ministerin": a compound ending in a title holds that title
# too; never one whose first part is a rank of its own ("Vizekanzler" is no "Kanzler") or a title
# itself ("Ministerpräsident" is no "Präsident").
def title_tail(word: str, cues: Cues) -> str | None:
    """The longest title a German compound word (lower case) ends in, else None."""
    if not word.endswith(long_titles(cues)):  # most words: one C call, no list of every title
        return None
    tails = [t for t in long_titles(cues) if word.endswith(t) and len(word) > len(t)]
    tail = max(tails, key=len, default=None)
    head = word[: len(word) - len(tail)] if tail else ""
    if tail is None or head.startswith(_RANKS) or head.startswith(long_titles(cues)):
        return None
    return tail
