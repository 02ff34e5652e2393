"""The person a German passive of quoting names: "X wurde mit den Worten zitiert: „…“"."""
# The passive's subject is the one quoted, whoever quotes: "Roth wird in der Zeitung so zitiert:",
# "Dazu wird Roth wie folgt zitiert:". The active "Die Zeitung zitiert Roth" names two who may
# speak (the source or the one quoted), so it is left unread.

from __future__ import annotations

import re

from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 160
_SENTENCE = re.compile(r"[.!?\n]\s")


def cited_subject(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject of a passive quoting verb in the sentence before a quotation, or None."""
    start = max(window[0], window[1] - _REACH)
    if "zitiert" not in text[start : window[1]]:
        return None  # gate: no participle of quoting, nothing to read
    for stop in _SENTENCE.finditer(text, start, window[1]):
        start = stop.end()
    tokens = list(TOKEN.finditer(text, start, window[1]))
    words = [t.group().lower() for t in tokens]
    aux = next((i for i, w in enumerate(words) if w in cues.passive), None)
    cue = next((i for i, w in enumerate(words) if w in cues.quoting), None)
    if aux is None or cue is None or not 0 < aux < cue:
        return None
    first = read_phrase(tokens, 0, cues)
    if first is not None and first.end == aux:  # "Roth wurde … zitiert"
        return _quoted(text, tokens, 0, tokens[cue], cues)
    index = aux + 1  # "Dazu wird Roth … zitiert": the subject right after the auxiliary
    while index < cue and words[index] in cues.skip:
        index += 1
    return _quoted(text, tokens, index, tokens[cue], cues)


def _quoted(
    text: str, tokens: list[re.Match[str]], index: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person or body whose phrase opens at `index`, in the nominative, else None."""
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)
