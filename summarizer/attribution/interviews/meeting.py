"""Whether an asking phrase writes this interview, not another meeting of the same people."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_DATA = _data.load_toml("interviews.toml")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_LOWER_START = re.compile(r"(?<![\w'’])[^\W\d_A-ZÀ-ÞА-ЯЁ]")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_REACH = 200  # a sentence longer than this after its phrase tells more than an introduction


# The page's turns begin after the introduction's last sentence; a credit between ("Photographs:
# Mary Lee.") writes no words in lower case.
def last_words(text: str, before: int) -> int:
    """Where the introduction's last word in lower case starts, or -1."""
    last = -1
    for word in _LOWER_START.finditer(text, 0, before):
        last = word.start()
    return last


# An interviewer writes the interview just before its turns ("Jim Park talks to Ann Roe."), or as
# the outlet's own ("Our writer Simon Clarke met …", "Nuestra periodista …") anywhere. A meeting
# dated by a year ("met Tom Hale in Paris in 1999") or followed by more about the pair ("… for a
# loan. He said no.") is another story.
def this_interview(text: str, start: int, end: int, before: int, last: int, cues: Cues) -> bool:
    """Whether the asking phrase at [start, end) writes the page's own interview."""
    stop = _SENTENCE_END.search(text, end, min(before, end + _REACH))
    close = stop.start() if stop else min(before, end + _REACH)
    if _YEAR.search(text, end, close):
        return False
    if (stop or close == before) and last < close:
        return True
    opening = _SENTENCE_END.split(text[max(0, start - _REACH) : start])[-1].split()
    return bool(opening) and opening[0].lower() in _DATA.get(cues.family, {}).get("own", ())
