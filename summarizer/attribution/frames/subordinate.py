"""A name that opens an adverbial clause as its subject: "after Lund won", "when Cole didn't"."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_NEGATION = re.compile(r"n['’]t$")
_REACH = 12  # characters before the name where its subordinator stands


# Only a finite verb after it, an auxiliary or a regular past, maybe after adverbs: "after
# Christmas dinner", "since March rents" name nobody; "that" and "if" open what was said instead
# ("said that Morgan lied"), so they are not in the list.
def subordinate_subject(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a subordinator comes right before the name and a finite verb right after it."""
    openers, auxiliaries = cues.adverbial_subordinators, cues.clause_auxiliaries
    if not openers or cues.past_verb is None or text[run.end() : run.end() + 1] != " ":
        return False
    first = TOKEN.match(text, run.start())
    if first is None or first.group().lower() in cues.stop:  # "after The Times ran": no person
        return False
    before = text[max(0, run.start() - _REACH) : run.start()]
    words = before.split()
    if not before.endswith(" ") or not words or words[-1].lower() not in openers:
        return False
    for token in TOKEN.finditer(text, run.end() + 1, run.end() + 40):
        verb = _NEGATION.sub("", token.group())
        if verb in auxiliaries or cues.past_verb.fullmatch(verb) or cues.verbs.fullmatch(verb):
            return True
        if not verb.islower() or not verb.endswith(cues.adverb_endings):
            return False
    return False
