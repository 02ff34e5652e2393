"""An article's sentence stops, found once, so that each quotation looks its last one up."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from summarizer import _data
from summarizer.concurrency import once

# A stop reads at most four characters from where it starts (the stop, a closing mark, two
# letters of a glued sentence, `sentence_end`); one that starts this close to the end of a window
# may read differently where the window cuts the text, so it is searched in the window itself.
_EDGE = 5
# A window this short (most cue windows) is searched whole: cheaper than looking its stops up.
_SHORT = 32
_DATELINE_REACH = 120  # characters a dateline may take at a paragraph's start


def _stops(text: str, stop: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Where each stop of `text` starts and ends, in order."""
    return _found(text, stop.pattern, stop.flags)


# Keyed on the pattern's source, not the pattern: hashing a compiled pattern hashes its code,
# a microsecond on every look-up.
@functools.lru_cache(maxsize=4)
def _found(text: str, source: str, flags: int) -> tuple[list[int], list[int]]:
    """Where each match of the pattern `source` compiled with `flags` starts and ends."""
    starts: list[int] = []
    ends: list[int] = []
    # no list of matches: a burst of ~10,000 live objects per megabyte sets off the collector
    for found in re.compile(source, flags).finditer(text):
        starts.append(found.start())
        ends.append(found.end())
    return starts, ends


# The same as the end of the last of `stop.finditer(text, start, end)`: a stop is one character
# and a closing mark, which is no stop, so the stops in a window are those of the text that start
# in it, but for the last few characters.
def last_stop(text: str, stop: re.Pattern[str], start: int, end: int) -> int | None:
    """The end of the last match of `stop` in `text[start:end]`, or None (`text`: the article)."""
    edge = _edge(start, end)
    tail = None
    for found in stop.finditer(text, edge, end):  # a few characters: no deque to build
        tail = found
    if tail is not None or edge == start:  # found, or the whole window searched
        return None if tail is None else tail.end()
    starts, ends = _stops(text, stop)
    index = bisect_left(starts, edge) - 1
    return ends[index] if index >= 0 and starts[index] >= start else None


# "… gesagt. Man äußere sich …": a window that opens just after a stop (and its spaces) opens a
# sentence; the sentence starts of konjunktiv.py and german_stance.py read so.
def opens_sentence(text: str, stop: re.Pattern[str], start: int) -> bool:
    """Whether a match of `stop` ends in the three characters before `start`, spaces after it."""
    opened = last_stop(text, stop, max(0, start - 3), start)
    return opened is not None and not text[opened:start].strip()


# "Der Sprecher der Stadt, X," (role_opened.py), "Doch „…“ sagte er" (objected.py): a phrase read
# from its sentence's start, which must lie within a bounded window.
def sentence_start(text: str, stop: re.Pattern[str], start: int, end: int) -> int | None:
    """Where the sentence that `end` stands in starts, just after the last match of `stop` in
    `text[start:end]`, or `start` when it is the text's own; None when no start lies in reach."""
    opened = last_stop(text, stop, start, end)
    if opened is None:
        return None if start else 0
    return opened


# As `last_stop`: the first of the article's stops that starts in the window, else the window's
# last characters searched.
def first_stop(text: str, stop: re.Pattern[str], start: int, end: int) -> int | None:
    """The end of `stop.search(text, start, end)`, or None (`text`: the article)."""
    edge = _edge(start, end)
    starts, ends = _stops(text, stop) if edge > start else _NONE
    index = bisect_left(starts, start)
    if index < len(starts) and starts[index] < edge:
        return ends[index]
    found = stop.search(text, edge, end)
    return found.end() if found else None


# As `last_stop`: the article's stops that start in the window, then those of its last characters.
def stops_in(text: str, stop: re.Pattern[str], start: int, end: int) -> list[int]:
    """The ends of the matches of `stop.finditer(text, start, end)` (`text`: the article)."""
    edge = _edge(start, end)
    starts, ends = _stops(text, stop) if edge > start else _NONE
    found = ends[bisect_left(starts, start) : bisect_left(starts, edge)]
    return [*found, *(m.end() for m in stop.finditer(text, edge, end))]


_NONE: tuple[list[int], list[int]] = ([], [])


def _edge(start: int, end: int) -> int:
    """Where the window's last characters, searched in the window itself, begin."""
    return end - _EDGE if end - start > _SHORT else start  # not max(): a call per quotation


# Where a rule reads a sentence by its stop characters alone, not the language's `sentence_end`
# (which passes over "Mr." and "3.5"); `start` when none of them stands there.
def after_marks(text: str, marks: str, start: int, end: int) -> int:
    """Where the text after the last of the characters `marks` in text[start:end] begins."""
    return max(start, *(text.rfind(mark, start, end) + 1 for mark in marks))


def stop_ends(text: str, stop: re.Pattern[str]) -> list[int]:
    """The end of each match of `stop` in `text`, in order, found once per article."""
    return _stops(text, stop)[1]


# A paragraph-opening dateline ("Madrid, 4 mar (EFE).-", "BORDEAUX, 12 juin (AFP) -") names place,
# date and agency: the first sentence, and any subject of its cue, starts after it. The patterns
# are the ones that cut datelines off a lead sentence (data/sentences.toml): one list for both.
@once
def _datelines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _data.load_toml("sentences.toml")["datelines"])


def past_dateline(text: str, start: int, para_start: int, limit: int) -> int:
    """`start`, or past the dateline (up to `limit`) when `start` opens the paragraph."""
    if start != para_start:
        return start
    head = text[start : min(limit, start + _DATELINE_REACH)]
    found = (p.match(head) for p in _datelines())
    return start + next((m.end() for m in found if m), 0)
