"""A cue whose subject is the impersonal "man": "Man schreibt uns aus Paris:" names nobody."""

# Older papers open a correspondent's report so ("Aus Wien schreibt man uns:", "Man meldet aus
# London:"): the place after "aus" is where the words come from, never who says them.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_WORD = re.compile(r"\w+")
_BEFORE = 6  # "Man " right before the cue, with a little room for the space


def impersonal_cue(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether "man" stands right before the cue or right after it as its subject."""
    if not cues.impersonal or cue.group().lower() in cues.reported:
        return False  # "sei man von einer „…“ entfernt": a reported "man" is the speaker's side
    if cue.group().lower() in cues.quoting:
        return False  # "Später zitierte man Roth:": he is quoted, his words (german_quoted.py)
    after = _WORD.search(text, cue.end(), cue.end() + _BEFORE)
    if after and after.start() - cue.end() <= 1 and after.group().lower() in cues.impersonal:
        return True
    before = text[max(0, cue.start() - _BEFORE) : cue.start()].split()
    return bool(before) and before[-1].lower() in cues.impersonal
