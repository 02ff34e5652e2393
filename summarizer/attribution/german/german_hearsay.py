"""A German "laut X" after a reporting verb: the verb's subject spoke, X only reports it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.attribution.lexicon.cues import Cues

_LAUT_REACH = 40  # "sagte am Montagabend laut": adverbs between the verb and "laut"
_CLAUSE_BREAKS = ',;:.!?\n"“”„«»'


# Only right after the verb: "Roth sagte am Montag laut „Spiegel“"; not "Roth sagte, laut X sei".
def hearsay_after_verb(
    text: str, cue: re.Match[str], earlier: Sequence[re.Match[str]], cues: Cues
) -> bool:
    """Whether a "laut X" follows a reporting verb in the same clause, whose subject then spoke."""
    word = cue.group().lower()
    if not earlier or word not in cues.hearsay or word in cues.quoting or word in cues.documents:
        return False  # "So heißt es in dem Schreiben": the document is the source
    verb = earlier[-1]
    between = text[verb.end() : cue.start()]
    said = verb.group().lower()
    if said in cues.hearsay or said in cues.reported or said in cues.particles:
        return False  # "Das sei laut X": a Konjunktiv reports X's words; "so" is no verb
    if len(between) > _LAUT_REACH:
        return False
    return not any(c in between for c in _CLAUSE_BREAKS)


# "Anna Berger, so Jan Roth, sei „…“": the particle after a comma opens an aside that names the
# source after it; the phrase before the comma is whom the source speaks of.
def so_incise(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a particle cue opens an aside after a comma, its subject after it."""
    before = text[max(0, cue.start() - 3) : cue.start()].rstrip()
    return cue.group().lower() in cues.particles and before.endswith(",")
