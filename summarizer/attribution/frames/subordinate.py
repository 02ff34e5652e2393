"""A name that opens an adverbial clause as its subject: "after Lund won", "when Cole didn't"."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_NEGATION = re.compile(r"n['’]t$")
_REACH = 12  # characters before the name where its subordinator stands
_CLEFT_REACH = 60  # characters before the name where "it was" opens its cleft
_CLEFT_WORDS = 6  # words at most between "it was" and "that": "it was only last year that"


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
    if not before.endswith(" ") or not words:
        return False
    if words[-1].lower() not in openers and not (words[-1] == "that" and _cleft(text, run, cues)):
        return False
    for token in TOKEN.finditer(text, run.end() + 1, run.end() + 40):
        verb = _NEGATION.sub("", token.group())
        if verb in auxiliaries or cues.past_verb.fullmatch(verb) or cues.verbs.fullmatch(verb):
            return True
        if not verb.islower() or not verb.endswith(cues.adverb_endings):
            return False
    return False


# "Yet it was only recently that Lang pieced …": Lang is the sentence's subject; never past a
# stop, nor a cue ("it is said that Lang", "it was reported that"), where "that" opens hearsay.
def _cleft(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether "that" before the name closes a cleft opened by "it was" in its sentence."""
    before = text[max(0, run.start() - _CLEFT_REACH) : run.start() - len("that ")].lower()
    for opener in cues.cleft_openers:
        at = before.rfind(opener + " ")
        if at < 0 or (at > 0 and before[at - 1].isalnum()):
            continue
        words = before[at + len(opener) :].split()
        plain = not any(cues.verbs.fullmatch(w) for w in words)
        if len(words) <= _CLEFT_WORDS and plain and not any(c in before[at:] for c in ".!?;:"):
            return True
    return False
