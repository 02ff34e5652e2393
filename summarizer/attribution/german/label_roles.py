"""Whether the noun before a full name in a German colon label is a person's title or role."""
# "Bundestrainerin Svenja Holm nach dem Finale:", "Feuerwehrchef Arno Wilms am Abend:": a title or
# an agent noun before the name makes the label a person's, whose words the colon leaves unsaid;
# "Mordfall Jan Roth:", "Prozess Jan Roth:" (a case) and a body ("Stadtrat") are none.

from __future__ import annotations

from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.lexicon.compounds import body_noun
from summarizer.attribution.lexicon.cues import Cues

_SHORTEST = 6  # an agent noun of its own ("Trainer"), not a short word ending in -er


def role_before(word: str, cues: Cues) -> bool:
    """Whether a capitalised word right before a name is a person's title, role or agent noun."""
    if person_title(word, cues):
        return True
    lower = word.lower()
    if not word[:1].isupper() or body_noun(word, cues):
        return False
    agent = len(lower) >= _SHORTEST and lower.endswith(cues.agent_endings)
    return agent or person_noun(lower, cues)
