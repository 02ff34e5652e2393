"""A document that opens the sentence of a cue as its subject ("The memo, …, states that")."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.stops import last_stop

_REACH = 300  # how far back a document subject may open its sentence
_LEAD_WORDS = 2  # words between the determiner and the document's noun ("the secret briefing memo")


# What lies between describes the document: its asides and its complements.
def paper_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The document that opens the sentence of `cue` as its subject, with no cue in between."""
    if not cues.papers or not cues.definite:
        return None
    begin = max(start, cue.start() - _REACH)
    begin = last_stop(text, cues.sentence_end, begin, cue.start()) or begin
    tokens = list(TOKEN.finditer(text, begin, cue.start()))
    if not tokens or tokens[0].group().lower() not in cues.definite:
        return None
    heads = [t for t in tokens[1 : _LEAD_WORDS + 2] if t.group().lower() in cues.papers]
    if not heads or any(cues.verbs.fullmatch(t.group()) for t in tokens):
        return None
    if tokens[-1].group().lower() in cues.pronouns:
        return None  # "The memo quoted what it said": the pronoun's clause
    head = heads[0]
    if not all(t.group().islower() for t in tokens[1 : tokens.index(head) + 1]):
        return None  # "The Audit Office report": a named body, read as such elsewhere
    return Mention(head.group(), "org", cue.group(), head.start(), cue.start())
