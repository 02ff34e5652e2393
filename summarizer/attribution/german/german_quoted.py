"""German quoting verbs before a quotation: the one quoted, where the grammar says who it is."""
# "Die Zeitung zitiert X:" may name the source or the one quoted, and articles credit either (the
# object before "mit den Worten" too: "Ein Sender zitierte X mit den Worten:" stays open). A
# passive names the one quoted as its subject ("X wird auf der Website wie folgt zitiert:",
# "Dazu wurde X zitiert:").

from __future__ import annotations

import re

from summarizer.attribution.german.german_bracket import adverbials
from summarizer.attribution.german.german_clauses import leading_word
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 200


def quoted_person(text: str, start: int, cue: re.Match[str], cues: Cues) -> tuple[Mention, ...]:
    """The person a passive quoting cue before a quotation names as the one quoted."""
    found = _passive_subject(text, start, cue, cues)
    return (found,) if found else ()


def _passive_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of "wird/wurde … zitiert" in the clause that the cue closes."""
    tokens = read_tokens(text, max(start, cue.start() - _REACH), cue.start())
    auxiliary = next((i for i, t in enumerate(tokens) if t.group() in cues.passive), None)
    if auxiliary is None or any(t.group() in ",;" for t in tokens):
        return None
    lead = 0
    while lead < auxiliary and leading_word(tokens[lead].group(), cues):
        lead += 1
    phrase = read_phrase(tokens, lead, cues, first=True) if lead < auxiliary else None
    if phrase is None or phrase.end != auxiliary:  # "Dazu wurde X zitiert": after the auxiliary
        index = adverbials(tokens, auxiliary + 1, cues)
        phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    return _person(text, tokens, phrase, cue, cues)


def _person(
    text: str,
    tokens: list[re.Match[str]],
    phrase: Phrase | None,
    cue: re.Match[str],
    cues: Cues,
) -> Mention | None:
    """The mention of a phrase that names a person or a body, else None."""
    if phrase is None or oblique(tokens, phrase):
        return None
    return (
        mention_of(text, tokens, phrase, cue, cues) if person(text, tokens, phrase, cues) else None
    )
