"""A German role's noun in an apposition before a forename and a surname (`dewrong31`).

"…, sagte die Studienleiterin, die Limnologin Katrin Roth,": after a comma, "der" or "die", a
noun and two capitalised words, the noun is a role and the two words the person's name. A
feminine "die" before a noun in "-in" marks a woman's role ("die Ärztin", "die Ökonomin"); after
"der" the noun ends as agents' nouns do ("der Biologe", "der Sozialdemokrat", "der Astronom"), or
a known forename follows it.
"""

from __future__ import annotations

from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.lexicon.compounds import long_titles
from summarizer.attribution.lexicon.cues import Cues

# masculine agents' nouns beyond the cue lexicon's agent endings ("-er", "-ist", "-ent", …)
_MASCULINE = ("loge", "krat", "nom", "graf", "at", "ar", "ier")


def apposed_role(words: list[str], at: int, cues: Cues) -> bool:
    """Whether "der" or "die" and a role's noun stand at `at` before a first name and a surname."""
    if at + 3 >= len(words) or words[at] not in ("der", "die"):
        return False
    noun = words[at + 1]
    role = noun.lower()
    if not noun[:1].isupper() or not words[at + 2][:1].isupper() or not words[at + 3][:1].isupper():
        return False
    if role.endswith(long_titles(cues)) or role.endswith(cues.agent_endings):
        return True
    agent = role.endswith("in") if words[at] == "die" else role.endswith(_MASCULINE)
    return agent or words[at + 2] in GIVEN
