"""A name that opens a clause as its subject ("after Lund won", "when Cole didn't") or topic."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.german.german_subordinate import verb_last_subject
from summarizer.attribution.lexicon.cues import Cues, gender_of

NEGATION = re.compile(r"n['’]t$")
_REACH = 12  # characters before the name where its subordinator stands
_TOPIC = 120  # characters after a topic where its sentence's "he" or "she" may stand
_CLEFT_REACH = 60  # characters before the name where "it was" opens its cleft
_CLEFT_WORDS = 6  # words at most between "it was" and "that": "it was only last year that"


# Only a finite verb after it, an auxiliary or a regular past, maybe after adverbs: "after
# Christmas dinner", "since March rents" name nobody; "that" and "if" open what was said instead
# ("said that Morgan lied"), so they are not in the list.
def subordinate_subject(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a subordinator opens the name's clause before a finite verb, or it is a topic."""
    if cues.nouns_capitalized:  # German: the verb stands last, "nachdem X den Brief las,"
        return verb_last_subject(text, run)
    openers, auxiliaries = cues.adverbial_subordinators, cues.clause_auxiliaries
    if cues.topic_prepositions and text[run.end() : run.end() + 1] == ",":
        return _topic(text, run, cues)
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
        verb = NEGATION.sub("", token.group())
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


# "For Ann Roe, Friday is a day she awaited. “…,” she said": the sentence is about Ann Roe. Only a
# full name opening the sentence ("For Ottawa," and "For Bell," may name a place or a firm) that
# is a person's by its first name or by a "he" or "she" after it ("For Acme Foods, the winter").
def _topic(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether the run is a topic preposition and a full name opening a sentence before a comma."""
    words = run.group().split()
    if len(words) < 3 or words[0].lower() not in cues.topic_prepositions:
        return False
    if not all(w.istitle() and w.isalpha() and w.lower() not in cues.stop for w in words[1:]):
        return False
    before = text[max(0, run.start() - 3) : run.start()].rstrip(" \t").rstrip('"”’')
    if before and before[-1] not in "\n.!?":
        return False
    if first_name(" ".join(words[1:]), cues.family):
        return True
    stop = min((at for at in map(text.find, ".!?\n", [run.end()] * 4) if at >= 0), default=-1)
    rest = TOKEN.findall(text, run.end(), min(stop if stop >= 0 else len(text), run.end() + _TOPIC))
    return any(w.lower() in cues.pronouns and gender_of(w, cues) for w in rest)
