"""A verb of quoting whose named object ends the frame at a colon: "Le journal cite Anne Roux :"."""
# French and Spanish put the one quoted right after the verb ("El diario cita a Ana Ruiz: «…»",
# with Spanish's personal "a"): the words are hers, the subject only passes them on. Only a full
# name (two words or more) right before the colon counts: "cite des études :", "cita el informe:",
# "cite Le Monde :" (a body) and a lone surname name nobody (`quoting_verbs`).

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.runs import adjacent, classify, run_of
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 80  # the verb and the name before the colon
_COLON = re.compile(r"\s*:")


def quoted_object(text: str, window: Window, cues: Cues) -> Mention | None:
    """The full name a verb of quoting takes as its object right before the window's colon."""
    head = text[window[0] : window[1]].rstrip()
    if not cues.quoting_verbs or not head.endswith(":"):
        return None
    end = window[0] + len(head) - 1
    end = len(text[:end].rstrip())  # "Anne Roux :": French spaces its colon
    tokens = list(TOKEN.finditer(text, max(window[0], end - _REACH), end))
    if not tokens or not adjacent(text, tokens[-1].end(), end):
        return None
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    colon = _COLON.match(text, end)
    if len(run) < 2 or colon is None:
        return None
    lead = " " + text[max(window[0], run[0].start() - _REACH) : run[0].start()].lower().rstrip()
    verb = next((v for v in sorted(cues.quoting_verbs) if lead.endswith(" " + v)), None)
    found = classify(text, run, colon, cues) if verb else None
    if verb is None or found is None or found.kind != "name" or run[0].group().lower() in cues.stop:
        return None  # "cite Le Monde :": an article before the name makes it a body
    if len([w for w in found.words.split() if w.lower() not in cues.titles]) < 2:
        return None  # "cite Madame Bovary :": past the honorific one word, no full name
    at = run[0].start() - len(verb) - 1  # low, as every verb of quoting: the words come second-hand
    return Mention(found.words, "name", verb, found.at, at, sure=False)
