"""Where a German cue pattern matches inside a window: as a scan of the whole text would find it."""

# A scan of the whole text finds matches that never overlap, each from where the last one ended;
# a scan that starts elsewhere may find others where a match of several words ("teilte mit")
# holds the start. No German cue word holds a break (`BREAKS`, a test checks the word lists), so
# no match runs across one: a scan that starts right after a break and ends at one finds the
# whole text's matches between them, no more. Most articles quote a single word in a few places,
# so the windows around them are read instead of the whole text (a tenth of it on the shared
# corpora); where the windows would add up to more than the text, the text is read once.

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

BREAKS = '\n.,;:!?()"«»„“”'
"""Characters no cue word holds; none of them is a word character."""
_BREAK = re.compile("[" + re.escape(BREAKS) + "]")
_FAR = 200  # how far past a window a break is looked for first (`_after_break`)


def matches_inside(text: str, window: tuple[int, int], pattern: re.Pattern[str]) -> list[int]:
    """The starts of the pattern's matches in `text` that lie wholly inside `window`."""
    read = _read(text)
    budget = len(text) - read[0]
    start, end = _after_break(text, window[0], budget), _next_break(text, window[1], budget)
    if start is None or end is None or read[0] + end - start > len(text):
        read[0] = len(text)  # the whole text is read (once per pattern): windows no more
        return _looked_up(text, window, pattern)
    read[0] += end - start
    return [
        found.start()
        for found in pattern.finditer(text, start, end)
        if found.start() >= window[0] and found.end() <= window[1]
    ]


# A break is looked for `_FAR` characters away, then four times as far, while the text's budget
# lasts: one line of 200 characters with no break in a long text read the whole text (despeed31).
# The reach read backwards: one search, not a look back for each break character.
def _after_break(text: str, at: int, budget: int) -> int | None:
    """Where the text starts or the last break before `at` ends, if within the budget."""
    reach = _FAR
    while True:
        found = _BREAK.search(text[max(0, at - reach) : at][::-1])
        if found is not None:
            return at - found.start()
        if at <= reach:
            return 0
        if reach >= budget:
            return None
        reach *= 4


def _next_break(text: str, at: int, budget: int) -> int | None:
    """The first break at or after `at`, or the text's end, if within the budget."""
    reach = _FAR
    while True:
        found = _BREAK.search(text, at, at + reach)
        if found is not None:
            return found.start()
        if len(text) - at <= reach:
            return len(text)
        if reach >= budget:
            return None
        reach *= 4


# Per text, how many characters windows have read: a list, so the cached entry counts on.
@functools.lru_cache(maxsize=4)
def _read(text: str) -> list[int]:
    """The characters read in windows of `text` so far (one counter per text)."""
    return [0]


def _looked_up(text: str, window: tuple[int, int], pattern: re.Pattern[str]) -> list[int]:
    """`matches_inside`, looked up in the matches of the whole text."""
    starts, ends = _bounds(text, pattern)
    first = bisect_left(starts, window[0])
    return starts[first : max(first, bisect_right(ends, window[1]))]


@functools.lru_cache(maxsize=4)
def _bounds(text: str, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Where the pattern's matches in the text start and end, in order: found once per text."""
    found = [match.span() for match in pattern.finditer(text)]
    return [at for at, _ in found], [at for _, at in found]
