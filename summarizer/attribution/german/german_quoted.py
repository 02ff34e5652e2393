"""Whom a German quoting verb before a quotation names: the one quoted, not the one quoting."""
# "Die Zeitung zitiert X: „…“" may give the paper's words or X's, so its subject names nobody. The
# passive makes the one quoted its subject ("Dazu wird Jan Roth wie folgt zitiert:", "Roth wurde
# in der Zeitung zitiert:"), and "mit den Worten" after the object marks the object's own words
# ("Ein Sender zitierte Jan Roth mit den Worten:").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_clauses import leading_word
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention

_MANNER = frozenset(_data.load_toml("german.toml")["quoted"]["manner"])
_PARTICIPLE = "zitiert"  # also the present tense: a passive auxiliary before it tells them apart
_REACH = 300  # a clause before its cue, as in german.py: bounded


def quoted_person(
    text: str, window: tuple[int, int], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person a quoting cue before a quotation gives the words of, else None."""
    if cue.group().lower() == _PARTICIPLE:
        found = _passive_subject(text, window[0], cue, cues)
        if found is not None:
            return found
    return _manner_object(text, window[1], cue, cues)


# "Roth wird … zitiert" and, with an adverbial first, "Dazu wird Roth … zitiert": the subject on
# either side of the auxiliary, which is the clause's finite verb.
def _passive_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of a passive quoting verb: the person quoted."""
    tokens = read_tokens(text, max(start, cue.start() - _REACH), cue.start())
    while tokens and leading_word(tokens[0].group(), cues):
        tokens.pop(0)
    auxiliary = next((i for i, t in enumerate(tokens) if t.group().lower() in cues.passive), None)
    if not auxiliary:  # none, or first: "Wird Roth zitiert?" asks
        return None
    phrase = read_phrase(tokens, 0, cues, first=True)
    if phrase is None or phrase.end != auxiliary:  # an adverbial first: the subject follows
        phrase = read_phrase(tokens, auxiliary + 1, cues)
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


# Only the object and the manner words between the cue and the quotation: "zitierte Roth mit den
# Worten: „…“"; "zitierte Roth, der …" or "zitierte Roth aus dem Bericht:" names nobody surely.
def _manner_object(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The object of an active quoting verb that the manner words mark as the speaker."""
    tokens = read_tokens(text, cue.end(), min(end, cue.end() + _REACH))
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or phrase.end >= len(tokens) or not person(text, tokens, phrase, cues):
        return None
    rest = text[tokens[phrase.end].start() : end].strip(' :\n„“"»«')
    if " ".join(rest.lower().split()) not in _MANNER:
        return None
    return mention_of(text, tokens, phrase, cue, cues)
