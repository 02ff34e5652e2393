"""A party or a place in parentheses right after a name: an aside in the name's clause."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import past_apposition
from summarizer.attribution.lexicon.cues import Cues

_GLOSS = re.compile(r" \([^()\s]{1,20}\) ")


# "Paul Ems (SPD) verteidigte den Entwurf": the verb after the party is the name's.
def past_gloss(text: str, end: int, cues: Cues) -> int:
    """Where the clause of the name ending at `end` goes on past a gloss or an apposition."""
    gloss = _GLOSS.match(text, end)
    return gloss.end() if gloss else past_apposition(text, end, cues)
