"""Whether a German finite verb is a Konjunktiv form of indirect speech ("nutze", "sei")."""
# The third person singular of the Konjunktiv I ends in -e where the indicative ends in -t
# ("sie nutze" / "sie nutzt"); a past "-te" may be either ("sagte", "halte"), so only the forms
# listed in cues.toml (`reported`, `subjunctive`) count there; the passive's "wurde" is a past.
# After "ich" the -e is the indicative; a preposition after the subject ("Die Regierung ohne
# Mehrheit warnte") is no verb at all.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.german import opening_subject
from summarizer.attribution.lexicon.cues import Cues

_PREPOSITIONS = frozenset(_data.load_toml("german.toml")["attribute"]["openers"])


def reported_form(verb: str, subject: str, cues: Cues) -> bool:
    """Whether a lower-case finite verb after `subject` (its first word) is a Konjunktiv form."""
    if not verb.islower() or subject.lower() in cues.first_person or verb in _PREPOSITIONS:
        return False
    if verb in cues.reported or verb in cues.subjunctive:
        return True
    return verb.endswith("e") and not verb.endswith("te") and verb not in cues.passive


# "X kritisierte das Gesetz. Die Regierung nutze die Lage aus, um „…“": the clause is reported.
def reported_verb(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the finite verb after the noun phrase that opens `window` is a Konjunktiv form."""
    found = opening_subject(text, window, cues)
    if found is None:
        return False
    tokens, phrase, verb = found
    return reported_form(tokens[verb].group(), tokens[phrase.start].group(), cues)
