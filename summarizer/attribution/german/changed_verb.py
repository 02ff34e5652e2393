"""German: a verb of saying whose clause closes in a particle that makes it another verb."""

# "„Wer wird Millionär?“ sagte RTL für Montag ab" (absagen: called off), "„Das Sommerfest“ sagte
# Kahl zu" (zusagen: promised to come; the quoted event is its object): the particle that closes
# the verb's clause joins the stem into a verb that says nothing, unless the pair is itself a
# separable verb of saying ("gab … zu", "merkte … an", cues.toml `de.separable`).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.separable import separable_verbs
from summarizer.attribution.lexicon.cues import Cues

# the rest of the verb's clause, quoted words included ("sagte den Abend „Jazz im Hof“ ab")
_CLAUSE = re.compile(r"(?:[^.,!?;:\n„“”»«\"]|„[^„“”\n]{0,80}[“”]){0,120}")
_ENDS = frozenset(".,!?;:\n)") | {""}  # the clause ends here, at a stop or the text's end
_WORDS = 6  # a subject and an adverbial: a longer clause may hold a preposition's own
_TABLE = _data.load_toml("german.toml")["changed_verb"]
_PARTICLES = frozenset(_TABLE["particles"])
_SAYING = frozenset(tuple(pair.split()) for pair in _TABLE["saying"])


def changed_verb(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a one-word finite cue's clause ends in a particle that is no verb of saying's."""
    verb = cue.group()
    if not cues.nouns_capitalized or " " in verb or not verb.islower():
        return False
    if text[max(0, cue.start() - 3) : cue.start()].rstrip().endswith(","):
        return False  # "„Wir stehen zusammen“, sagte X Y zu": the comma sets off words said
    clause = _CLAUSE.match(text, cue.end())
    if clause is None or text[clause.end() : clause.end() + 1] not in _ENDS:
        return False  # "sagte X zu »Bild«": a quotation or name goes on after the preposition
    words = clause.group().split()
    if not 2 <= len(words) <= _WORDS or words[-1] not in _PARTICLES:
        return False
    pair = (verb, words[-1])
    return pair not in separable_verbs() and pair not in _SAYING
