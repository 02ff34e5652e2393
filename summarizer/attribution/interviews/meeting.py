"""Whether an asking phrase writes this interview, not another meeting of the same people."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_DATA = _data.load_toml("interviews.toml")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_LOWER_START = re.compile(r"(?<![\w'’])[^\W\d_A-ZÀ-ÞА-ЯЁ]")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_REACH = 200  # a sentence longer than this after its phrase tells more than an introduction
_OWN_REACH = 40
_OWN_WORDS = 3  # "our political correspondent"


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


# "Laura Brandt spoke to our reporter Tom Hale", "… habló con El País": when the one the phrase
# meets is the outlet itself or its own writer, the interviewer is the object and the phrase's
# subject is the one interviewed. An outlet's name opens with a capitalised article, which no
# person's name does.
def outlet_met(text: str, end: int, before: int, cues: Cues) -> bool:
    """Whether the words right after an asking phrase ending at `end` name the outlet or its own."""
    first = _FIRST_WORD.match(text, end, before)
    if first is None:
        return False
    word = first.group(1)
    data = _DATA.get(cues.family, {})
    if word.lower() in data.get("possessives", ()):
        return _writer_after(text, first.end(), before, data.get("writers", ()))
    own, articles = data.get("own", ()), data.get("articles", ())
    return word.lower() in own or (word[0].isupper() and word.lower() in articles)


def _writer_after(text: str, at: int, before: int, writers: tuple[str, ...]) -> bool:
    """Whether one of the next few words in lower case names the outlet's writer ("reporter")."""
    for word in text[at : min(before, at + _OWN_REACH)].split()[:_OWN_WORDS]:
        if not (word.isalpha() and word.islower()):
            return False  # "our sister paper's editor": another's
        if word.startswith(tuple(writers)):
            return True
    return False


# "She spoke to our reporter Tom Hale": a name described as the outlet's own ("our", "notre"
# and up to two words in lower case) is its writer's, never the one interviewed.
def _outlets_own(text: str, at: int, cues: Cues) -> bool:
    """Whether the name at `at` is written as the outlet's own ("our reporter Tom Hale")."""
    words = text[max(0, at - _OWN_REACH) : at].split()[-_OWN_WORDS:]
    own = _DATA.get(cues.family, {}).get("own", ())
    for i, word in enumerate(words):
        if word.lower() in own and all(w.isalpha() and w.islower() for w in words[i + 1 :]):
            return True
    return False


def staff(text: str, name: str, before: int, cues: Cues) -> bool:
    """Whether the introduction writes `name` as the outlet's own ("our reporter Tom Hale")."""
    at = text.find(name, 0, before)
    while at >= 0:
        if _outlets_own(text, at, cues):
            return True
        at = text.find(name, at + len(name), before)
    return False
