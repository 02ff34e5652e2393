"""A German role's noun in an apposition before a forename and a surname (`dewrong31`,
`verbfirst31`).

"…, sagte die Studienleiterin, die Limnologin Katrin Roth,": after a comma, "der" or "die", a
noun and two capitalised words, the noun is a role and the two words the person's name. A
feminine "die" before a noun in "-in" marks a woman's role ("die Ärztin", "die Ökonomin"); after
"der" the noun ends as agents' nouns do ("der Biologe", "der Sozialdemokrat", "der Astronom"), or
a known forename follows it. Adjectives may stand before the noun ("Ihre Gegnerin, die grüne
Abgeordnete Clara Fuchs, sagte"); with no article, a role the lexicon knows before a known
forename, its noun a role the lexicon knows or an agent's ("Ihr Anwalt, Strafverteidiger Mark
Dunz, sagte"), is no part of the name either.
"""

from __future__ import annotations

from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.german.noun_runs import past_adjectives
from summarizer.attribution.german.roles import role_word
from summarizer.attribution.lexicon.compounds import body_noun, long_titles
from summarizer.attribution.lexicon.cues import Cues

# masculine agents' nouns beyond the cue lexicon's agent endings ("-er", "-ist", "-ent", …)
_MASCULINE = ("loge", "krat", "nom", "graf", "at", "ar", "ier")
_ADJECTIVES = 2  # "die junge grüne Abgeordnete"
# a participle's noun after an adjective ("die grüne Abgeordnete", "der neue Vorsitzende"); not
# "die kleine Gemeinde Bad Ems", a place
_ADJECTIVAL = ("ete", "llte", "gte", "rte", "ndte", "ende")


def role_words(words: list[str], at: int, cues: Cues) -> int:
    """How many words at `at` are a role's before a first name and a surname: "der" or "die",
    adjectives and the noun, or a bare role's noun before a known forename; 0 for none."""
    if at < len(words) and words[at] in ("der", "die"):
        noun = past_adjectives(words, at + 1, cues)
        if noun - at - 1 > _ADJECTIVES or not _apposed_role(words, at, noun, cues):
            return 0
        return noun + 1 - at
    return int(_bare_role(words, at, cues))


def _apposed_role(words: list[str], at: int, noun: int, cues: Cues) -> bool:
    """Whether the noun at `noun`, after the article at `at`, is a role before a name."""
    if noun + 2 >= len(words) or not all(w[:1].isupper() for w in words[noun : noun + 3]):
        return False
    role = words[noun].lower()
    if role.endswith(long_titles(cues)) or role.endswith(cues.agent_endings):
        return True
    agent = role.endswith("in") if words[at] == "die" else role.endswith(_MASCULINE)
    adjectival = noun > at + 1 and role.endswith(_ADJECTIVAL) and not body_noun(words[noun], cues)
    return agent or adjectival or words[noun + 1] in GIVEN


def _bare_role(words: list[str], at: int, cues: Cues) -> bool:
    """Whether a role the lexicon knows stands at `at` right before a known forename and a
    capitalised word ("Strafverteidiger Mark Dunz"), the role no forename itself."""
    if at + 2 >= len(words) or words[at] in GIVEN or not words[at + 2][:1].isupper():
        return False
    role = words[at].lower()
    known = role.endswith(long_titles(cues)) or role_word(words[at], cues)
    return (known or role.endswith(cues.agent_endings)) and words[at + 1] in GIVEN
