"""Whom a German passive quoting verb before a quotation names: the one quoted, its subject."""
# "Die Zeitung zitiert X: „…“" may give the paper's words or X's, so it names nobody, and news
# style counts the paper as a source too ("Ein Sender zitierte X mit den Worten:"). The passive
# leaves the one quoted alone as its subject ("Dazu wird Jan Roth wie folgt zitiert:", "Roth
# wurde in der Zeitung zitiert:").

from __future__ import annotations

import re

from summarizer.attribution.german.german_clauses import leading_word
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention

_PARTICIPLE = "zitiert"  # also the present tense: a passive auxiliary before it tells them apart
_REACH = 300  # a clause before its cue, as in german.py: bounded


def quoted_person(
    text: str, window: tuple[int, int], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person a passive quoting cue before a quotation gives the words of, else None."""
    if cue.group().lower() != _PARTICIPLE:
        return None
    return _passive_subject(text, window[0], cue, cues)


# "Roth wird … zitiert" and, with an adverbial first, "Dazu wird Roth … zitiert": the subject on
# either side of the auxiliary, which is the clause's finite verb.
def _passive_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of a passive quoting verb: the person quoted."""
    tokens = read_tokens(text, max(start, cue.start() - _REACH), cue.start())
    auxiliary = next((i for i, t in enumerate(tokens) if t.group().lower() in cues.passive), None)
    if not auxiliary:  # none, or first: "Wird Roth zitiert?" asks
        return None
    lead = next((i for i, t in enumerate(tokens) if not leading_word(t.group(), cues)), auxiliary)
    phrase = read_phrase(tokens, lead, cues, first=True) if lead < auxiliary else None
    if phrase is None or phrase.end != auxiliary:  # an adverbial first: the subject follows
        phrase = read_phrase(tokens, auxiliary + 1, cues)
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)
