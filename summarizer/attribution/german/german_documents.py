"""The document German words are quoted from ("heißt es in dem Schreiben der Stadt")."""

from __future__ import annotations

import re

from summarizer.attribution.german.phrases import TOKEN, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 120
_SKIP = 2


# A word or two like "dazu" may come between; else the phrase that opens the clause before the cue
# ("In dem Antrag heißt es:").
def document_of(
    text: str, window: tuple[int, int], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The document a "heißt es" cue quotes: the phrase after "in"/"auf" right after the cue."""
    if cue.group().lower() not in cues.documents:
        return None
    after = list(TOKEN.finditer(text, cue.end(), min(window[1], cue.end() + _REACH)))
    found = _in_phrase(text, after, _SKIP, cues)
    if found is None:
        start = max(window[0], cue.start() - _REACH)
        before = list(TOKEN.finditer(text, start, cue.start()))
        found = _in_phrase(text, before, 0, cues, whole=True)
    if found is None:
        return None
    return Mention(text[found[0] : found[1]], "description", cue.group(), found[0], cue.start())


# Without its article; with `whole`, only one that runs to the end of `tokens`.
def _in_phrase(
    text: str, tokens: list[re.Match[str]], skip: int, cues: Cues, *, whole: bool = False
) -> tuple[int, int] | None:
    """The offsets of the noun phrase after the first "in"/"auf" in the first `skip` + 1 tokens."""
    for index, token in enumerate(tokens[: skip + 1]):
        if token.group().lower() in cues.document_in:
            phrase = read_phrase(tokens, index + 1, cues)
            if phrase is None or phrase.name is not None:
                return None
            if tokens[phrase.head].group().lower() in cues.utterances:
                return None  # "hieß es in der Rede": the speaker's words, not the speech's
            if whole and phrase.end != len(tokens):
                return None
            first = phrase.start + (tokens[phrase.start].group().lower() in cues.determiners)
            return tokens[first].start(), tokens[phrase.end - 1].end()
        if not token.group().islower():
            return None
    return None
