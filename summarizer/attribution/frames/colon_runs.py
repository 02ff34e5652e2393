"""Where an unmarked speech after a colon runs on in older German print, and the documents a colon
after "folgende(s) …" quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_OLDER = _data.load_toml("german.toml")["older_print"]
_PERSONAL = frozenset(_OLDER["second_person"]) | frozenset(_OLDER["first_person_more"])
_WORD = re.compile(r"[^\W\d_]+")
# "fuhr fort: Meine Herren, … handeln! (Bravo! rechts.) Wer … stimme mit uns.": the reporter's
# note of applause or a heckle sits inside a speech
_NOTE = re.compile(r"[ \t]*\([^()\n]{1,200}\)[ \t]*(?=[^\W\d_])")
_NEXT = re.compile(r"[ \t]*(?=[^\W\d_])")
# "folgendes Handschreiben: Lieber Graf X! Ich habe …": a salutation opens a letter
_SALUTE = re.compile(rf"\s*(?:{'|'.join(_OLDER['salutations'])})\s[^.!?:\n]{{1,60}}!")
_FOLLOWING = re.compile(
    rf"(?<!\w)(?:{'|'.join(_OLDER['following'])})\s+(?:[a-zäöüß]+\s+)?"
    rf"(?:{'|'.join(_OLDER['documents'])})(?:\s+[^\n.;:!?„“”\"»«]{{1,80}})?\s*$"
)


def run_on(
    text: str, bounds: tuple[int, int, int], stops: Callable[[], list[int]], cues: Cues
) -> int:
    """Where a speech from `start` that ends at `end` runs to, up to `limit` (its paragraph).

    Past a bracketed note, or past the salutation that opens a letter, it runs on while the next
    sentence speaks in the first or second person (`(Heiterkeit.) Der Präsident …` and `Das
    Schreiben wurde überreicht.` are the narrator's). One step per sentence: linear."""
    start, end, limit = bounds
    salute = _SALUTE.match(text, start, limit)
    step = _NEXT if salute and salute.end() == end else _NOTE
    while (gap := step.match(text, end, limit)) is not None:
        after = _next_stop(stops(), gap.end(), limit)
        words = {w.lower() for w in _WORD.findall(text, gap.end(), after)}
        if not words & (cues.first_person | _PERSONAL) or ":" in text[gap.end() : after]:
            break
        end = after
    return end


# the first capitalised stop after `start`, as colon_speech reads it (a lookup, not a scan)
def _next_stop(stops: list[int], start: int, limit: int) -> int:
    index = bisect_right(stops, start)
    return stops[index] if index < len(stops) and stops[index] <= limit else limit


def following(text: str, clause: int, colon: int, cues: Cues) -> re.Match[str] | None:
    """ "folgendes Handschreiben (an den Grafen):" ending at `colon` (German), or None."""
    return _FOLLOWING.search(text, clause, colon) if cues.nouns_capitalized else None
