"""Speech frames before a colon that introduce no one's speech: passive, impersonal, no floor."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_FLOOR = _data.load_toml("german.toml")["floor"]
_FLOOR_NOUN = _FLOOR["noun"]
_FLOOR_VERBS = frozenset(_FLOOR["verbs"])


# "a privilege they have been denied: a chance to …" is what was denied, no speech; so is what
# "ist zu berichten:" or "stellt sich die Frage:" brings, which nobody says
def speakerless(text: str, clause: int, frame: re.Match[str], cues: Cues) -> bool:
    """Whether a frame's verb is passive or impersonal, or "das Wort" nobody takes: no speaker."""
    words = text[clause : frame.start()].lower().split()
    if cues.nouns_capitalized:
        modal = words[-1:] == ["zu"] and any(w in cues.modal_passive for w in words)
        return (
            modal or any(w in cues.reflexives for w in words[-2:]) or _no_floor(text, clause, frame)
        )
    return bool(words) and words[-1] in cues.passive


# "ergriff Herr X das Wort:", "Das Wort hat der Abgeordnete X:" take the floor; "entzog dem
# Redner das Wort:" and a heading ("Das Wort des Tages:") do not.
def _no_floor(text: str, clause: int, frame: re.Match[str]) -> bool:
    """Whether a frame on "das Wort" lacks a verb of taking or having the floor."""
    if not frame.group().lower().startswith(_FLOOR_NOUN):
        return False
    return not any(w in _FLOOR_VERBS for w in text[clause : frame.end()].lower().split())
