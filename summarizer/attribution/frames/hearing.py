"""A court report in older papers runs a hearing's turns on in one paragraph, each after a
sentence's end and labelled by a side ("… vorgeführt. Vors.: Sind Sie der Tagelöhner Kramm?
Angekl.: Jawohl. Vors.: …"; german.toml `[turns] hearing`). Such a text has the shape of a
report of turns as a sitting's notes give one (`turn_label._noted`): three labelled turns of at
least two sides, every label after a stop and before a capital or an opening mark."""

from __future__ import annotations

import functools
import re
from collections import Counter

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import cues_for

SIDES: tuple[str, ...] = tuple(_data.load_toml("german.toml")["turns"]["hearing"])
_SIDE = "|".join(re.escape(side) for side in SIDES)
# a closing mark of any convention may stand between the stop and the label ("„…“ Vors.:")
_AFTER_STOP = r"(?:(?<![^\n])|(?<=[.!?] )|(?<=[.!?][\"“”’»«] )|(?<=[.!?] [—–] )|(?<=[.!?] -- ))"
# an article may open the label and a name may follow the side ("Der Angeklagte:", "Angekl.
# Schulze:"); the side alone is counted
_NAMED = r"(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,2}"
_TURN = re.compile(rf"{_AFTER_STOP}(?:(?:Der|Die)[ \t]+)?({_SIDE}){_NAMED}:[ \t]*[A-ZÄÖÜ„»\"]")
_SIDES = 2  # sides that take turns
_TURNS = 3  # labelled turns in all
_AGAIN = 2  # turns of one side: a list of the court's members names each side once


@functools.lru_cache(maxsize=8)
def hearing(text: str) -> bool:
    """Whether an older German text runs a hearing: two sides or more, three labelled turns,
    one side taking two of them."""
    if not older_print(text):
        return False
    sides = Counter(found.group(1) for found in _TURN.finditer(text))
    taken = len(sides) >= _SIDES and sum(sides.values()) >= _TURNS
    return taken and max(sides.values()) >= _AGAIN  # "Vors.: Landgerichtsdirektor Hahn. Vert.: …"


_STOP = re.compile(r"[.!?…][\"”’«]?(?=\s|$)")
_REPORTED = re.compile(r"[:„“”\"»«()\[\]]")
_SENTENCES = 8
_WORDED = re.compile(r"[^\W_]")
_REACH = 1500


def turn_end(text: str, start: int, end: int, last: bool) -> int:
    """Where a hearing's turn from `start` ends, before `end` (the next label's start): at the
    first later sentence that is the reporter's (a verb of saying, a colon, a mark or a bracket:
    "Der Angeklagte erwidert, er habe …"), after eight sentences, and for the `last` turn at its
    first sentence's end, since the paper's narration may follow ("Angekl.: Ich bin unschuldig.
    Der Gerichtshof verurtheilte ihn …"). Bounded: linear."""
    verbs = cues_for("de").verbs
    stop = _STOP.search(text, start, min(end, start + _REACH))
    for _ in range(_SENTENCES):
        if stop is None or last:
            break
        after = _STOP.search(text, stop.end(), min(end, start + _REACH))
        finish = after.end() if after else end
        if _REPORTED.search(text, stop.end(), finish) or verbs.search(text, stop.end(), finish):
            break
        if after is None:  # the rest of the turn, unless only the dash before the next label
            return end if _WORDED.search(text, stop.end(), end) else stop.end()
        stop = after
    return stop.end() if stop else end
