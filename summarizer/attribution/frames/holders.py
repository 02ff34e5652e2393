"""A lone capitalised word set off after a role holds it only where the article names it in full."""

# "a dit le président du club, Marseille", "Le préfet, Nantes, a indiqué", "Selon la ministre,
# Marseille « … »": one word after a role and a comma is as often a place, a club or the subject
# of a clause of its own as a surname. It is the role's holder only where the article writes it
# elsewhere as the last word of a full name ("Pierre Morel … Selon le préfet, Morel, « … »").
# Without the comma a lone surname after its role stays one ("a dit le ministre Dupont"), and an
# acronym after a comma is a body apposed to its description ("the network, CNN").

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues

_REACH = 60  # characters read back from the name for the role's comma


def holds(text: str, name: str, at: int, cues: Cues) -> bool:
    """Whether the name at `at` holds the role before it: full, not "role, X", or known in full."""
    if " " in name.strip():
        return True
    if cues.patronymics:  # Russian: a lone word after a role is its complement (roles._surname)
        return False
    if name.strip().isupper():
        return True  # an acronym names a body ("the network, CNN", "Le diffuseur, TF1,")
    before = text[max(0, at - _REACH) : at].rstrip()
    role = before.endswith(",") and before[:-1].rstrip().rsplit(" ", 1)[-1].islower()
    return not role or written_in_full(text, name.strip(), cues)


@functools.lru_cache(maxsize=1024)
def written_in_full(text: str, word: str, cues: Cues) -> bool:
    """Whether `text` writes `word` after a capitalised word that is no article or preposition."""
    pattern = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+" + re.escape(word) + r"(?![\w'’-])")
    for found in pattern.finditer(text):
        first = found.group(1)
        if first[0].isupper() and first.lower() not in cues.stop | cues.governing:
            return True
    return False
