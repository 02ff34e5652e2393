"""Older German print: how far unmarked speech after a colon runs past its first sentence."""

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues

_OLDER = _data.load_toml("german.toml")["older_print"]
_SECOND = frozenset(_OLDER["second_person"])
_ADDRESSED = frozenset(_OLDER["addressed"])
_WORD = re.compile(r"\w+")
# a colon opens a next frame, a mark a quotation, a bracket the reporter's note ("(Heiterkeit.)"),
# a dash a next turn: each is no more of the speech
_APART = re.compile(r"[:„“”\"«»‟(\[]|''|,,|^\s*-?[-–—]")
_REACH = 1500  # characters from the speech's start
_SENTENCES = 8


# Older print leaves a speech after the colon unmarked over many sentences (`sagte: Ich kann nicht
# zustimmen. Wir haben die Pflicht … Der Redner schloß …`): the speech runs on over each next
# sentence that stays in the speaker's register and stops at the first that does not (the
# reporter's narration), within a bounded reach so each colon costs a bounded scan.
def spoken_on(text: str, span: tuple[int, int], limit: int, stops: list[int], cues: Cues) -> int:
    """The end of the speech `span` (its first sentence), run on in the speaker's register."""
    start, end = span
    if not cues.nouns_capitalized or not older_print(text):
        return end
    reach = min(limit, start + _REACH)
    for _ in range(_SENTENCES - 1):
        index = bisect_right(stops, end)
        if index == len(stops) or stops[index] > reach:
            break
        if not _in_register(text[end : stops[index]], cues):
            break
        end = stops[index]
    return end


# A speaker's sentence speaks in the first or second person or cries out ("Meine Herren!"); one
# with a verb of saying ("erklärte er weiter") is the reporter's again.
def _in_register(sentence: str, cues: Cues) -> bool:
    """Whether `sentence` reads as more of a speaker's words, not the reporter's narration."""
    sentence = sentence.strip()
    if not sentence or _APART.search(sentence) or cues.verbs.search(sentence):
        return False
    if sentence[-1] in "!?":
        return True
    words = _WORD.findall(sentence)
    personal = cues.first_person | _SECOND
    return any(w.lower() in personal for w in words) or not _ADDRESSED.isdisjoint(words[1:])


# The scorer and the reader take a speech as one quotation, not a list of its sentences.
def one_speech(text: str, span: tuple[int, int], stops: list[int], cues: Cues) -> bool:
    """Whether the speech `span` is sentences run on in the speaker's register, read as one."""
    start, end = span
    index = bisect_right(stops, start)
    if index == len(stops) or stops[index] >= end or end - start > _REACH:
        return False
    return spoken_on(text, (start, stops[index]), end, stops, cues) == end
