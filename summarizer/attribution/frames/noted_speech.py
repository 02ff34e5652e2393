"""A parliamentary report notes the house's answer in brackets inside a speech ("… trägt diese
Steuer nicht. (Sehr richtig! links.)"): the note is set only into a speaker's words, so an
unmarked speech after a colon runs on over its sentences to the note, whatever their person
(German print before 1996, `frames/colon_runs.run_on`)."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues

_REACTIONS = "|".join(re.escape(w) for w in _data.load_toml("german.toml")["turns"]["reactions"])
# the note: right after a sentence's stop, a short bracket on the same line that names the
# house's reaction (german.toml `turns.reactions`: "(Heiterkeit.)", "(Sehr richtig! links.)",
# "(Lebhafter Beifall.)"); "(Schluß der Sitzung 5 Uhr.)" is none
_NOTE = re.compile(rf"[ \t]*\((?=[^()\n]{{0,40}}\b(?:{_REACTIONS})\b)[A-ZÄÖÜ][^()\n\d]{{0,79}}\)")
_REACH = 1500
_SENTENCES = 8
# what the reporter writes and a speech before a note does not hold: a next frame, a quotation
# mark, a bracket or a line's end
_NARRATED = re.compile(r"[:„“”\"»«›‹()\[\]\n]")
_STOP = re.compile(r"[.!?…](?=\s)")


def to_note(text: str, end: int, limit: int, cues: Cues) -> int:
    """Where an unmarked speech whose first sentence ends at `end` runs to: the stop before the
    first bracketed note after it in its paragraph (up to `limit`), when nothing between is the
    reporter's (a colon, a mark, a bracket, a verb of saying) and at most eight sentences and
    1,500 characters lie between; else `end`. One bounded search: linear."""
    if not (cues.nouns_capitalized and older_print(text)):
        return end
    opening = text.find("(", end, min(limit, end + _REACH))
    stop = _stop_before(text, end, opening) if opening > end else -1
    note = _NOTE.match(text, stop) if stop > end else None
    if note is None:
        return end
    if _NARRATED.search(text, end, note.start()) or cues.verbs.search(text, end, note.start()):
        return end
    if len(_STOP.findall(text, end, note.start() + 1)) > _SENTENCES:
        return end
    return note.start()


def _stop_before(text: str, end: int, opening: int) -> int:
    """The offset right after the last non-space before `opening` (its stop), or -1."""
    at = len(text[end:opening].rstrip(" \t")) + end
    return at if text[at - 1] in ".!?…" else -1
