"""The stretches of a text a pattern's matches can lie in, so a whole-text scan reads only them.

A pattern whose matches hold only some characters (words, spaces, hyphens) and always a given
word matches nowhere but in the stretches between two other characters (`breaks`) that hold
that word: scanned in order, those stretches give the same matches as a scan of the whole text
(`finditer` with `pos` and `endpos` sees the characters around for its look-behinds; a break
is no word character, so an end of word before it reads the same). Each stretch is read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_REACH = 256  # how far back a stretch's start is looked for first; doubled while none is found


def found_in(
    pattern: re.Pattern[str], text: str, at: Iterable[int], breaks: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text` in the stretches between `breaks` that hold an
    offset of `at` (sorted), in order: a scan of the whole text when all of them lie there."""
    done = -1
    for offset in at:
        if offset < done:
            continue  # in the stretch just read
        after = breaks.search(text, offset)
        done = len(text) if after is None else after.start()
        yield from pattern.finditer(text, _start(text, offset, breaks), done)


def _start(text: str, offset: int, breaks: re.Pattern[str]) -> int:
    """Where the stretch that holds `offset` starts: after the last break before it."""
    reach = _REACH
    while True:
        low = max(0, offset - reach)
        back = breaks.search(text[low:offset][::-1])  # the nearest break, read backwards
        if back is not None:
            return offset - back.start()
        if low == 0:
            return 0
        reach *= 2


def places(text: str, word: str) -> Iterator[int]:
    """Each offset where `word` (a plain string) stands in `text`, overlapping ones too."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
