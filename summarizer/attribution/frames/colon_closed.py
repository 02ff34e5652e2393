"""Unmarked speech after a colon: to the mark that closes it, or past an opener nothing closes."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import OPENING
from summarizer.attribution.marks.oldprint import cued_after, narrated

# The double marks, two apostrophes and two commas (a low mark, which only opens).
_DOUBLE = re.compile(r"''|,,|„|“|”|\"|‟|«|»")  # one character opens each branch: fast scan


# Found once per text: each colon then looks its first mark up, so a paragraph of 10,000 frames
# stays linear.
@functools.lru_cache(maxsize=4)
def _marks(text: str) -> tuple[int, ...]:
    """Where each double quotation mark of `text` stands (two apostrophes: the first)."""
    return tuple(m.start() for m in _DOUBLE.finditer(text))


# Older print leaves speech after a frame's colon unopened and closes it where it ends, past its
# sentence stops (`sagte: Wir bleiben. Das Land steht zu uns.“ Dann …`): the first mark after the
# colon ends the speech when it stands where only a closing mark stands (after a word or a stop,
# before no letter), no quotation opens at it, and no colon (another frame) comes before it. Only
# in older German print (today's texts open their quotations), and not when a verb of saying
# after the mark names another speaker (`Gute Nacht,“ sagte Eva Ems`) or a sentence of narration
# stands between (`Dann ging er.`): the speech ends at its first sentence as before.
def closed_at(text: str, start: int, end: int, opens_at: frozenset[int], cues: Cues) -> int | None:
    """Where the unmarked speech from `start` (to at most `end`) closes with a mark, or None."""
    marks = _marks(text)
    index = bisect_left(marks, start)
    if index == len(marks) or marks[index] >= end:
        return None
    at = marks[index]
    width = 2 if text.startswith("''", at) else 1
    closing = not text[at - 1].isspace() and not text[at + width : at + width + 1].isalnum()
    low = text[at] == "„" or text.startswith(",,", at)
    if not closing or low or at in opens_at or text.find(":", start, at) >= 0:
        return None
    older = cues.nouns_capitalized and older_print(text)
    if not older or cued_after(text, at, cues) or narrated(text, start, at, cues):
        return None
    return at


# `sagte: „Wir bleiben. Dann ging er …`: in German an opening mark that nothing closes (its
# quotation was dropped as a stray) leaves the speech after the colon unmarked; a double mark
# only, since a language may read single marks as no quotation's at all.
def opened(text: str, pos: int, opens_at: frozenset[int], cues: Cues) -> re.Match[str] | None:
    """The opening mark (past a dash) at `pos` when it opens a quotation, or None."""
    found = OPENING.match(text, pos)
    if found is None or not cues.nouns_capitalized or text[found.end() - 1] not in _UNCLOSED:
        return found
    mark = found.end() - (2 if text.startswith(",,", found.end() - 2) else 1)
    return found if mark in opens_at else None


_UNCLOSED = frozenset('„“»«",')


# Its words end with their line or where the next mark stands (`sagte: „Wir warten.\n„Nun …“`):
# a new line or a new quotation may bring a new speaker.
def past_unclosed(
    text: str, span: tuple[int, int], opens_at: frozenset[int], cues: Cues
) -> tuple[int, int]:
    """The speech `span`, or the words after its opening mark when it opens no quotation."""
    start, end = span
    found = OPENING.match(text, start, end)
    if found is None or opened(text, start, opens_at, cues):
        return span
    marks = _marks(text)
    index = bisect_left(marks, found.end())
    end = min(end, marks[index]) if index < len(marks) else end
    line = text.find("\n", found.end(), end)
    return found.end(), end if line < 0 else line
