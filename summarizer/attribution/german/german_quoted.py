"""A German passive of quoting before a colon: the one quoted is the passive's subject."""
# "Jan Roth wird in der Zeitung so zitiert: „…“", "Dazu wird Jan Roth auf der Website des Vereins
# wie folgt zitiert: „…“": Roth's words, as someone else reports them (hearsay, never high).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN, Phrase, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Window

_REACH = 200
_PARTICIPLES = frozenset(_data.load_toml("german.toml")["quoted"]["participles"])


def quoted_passive(
    text: str, window: Window, cue: re.Match[str], cues: Cues
) -> tuple[list[re.Match[str]], Phrase] | None:
    """The subject phrase of "wird/wurde … zitiert:" ending the window before a quotation."""
    if cue.group().lower() not in _PARTICIPLES or text[cue.end() : window[1]].strip() != ":":
        return None  # only a colon frame: "wird X zitiert, der …" quotes elsewhere
    tokens = list(TOKEN.finditer(text, max(window[0], cue.start() - _REACH), cue.start()))
    words = [t.group().lower() for t in tokens]
    aux = next((i for i in range(len(words) - 1, -1, -1) if words[i] in cues.passive), None)
    if aux is None or "," in words[aux:]:
        return None
    index = 0
    while index < aux and words[index] in cues.skip:
        index += 1
    first = read_phrase(tokens, index, cues) if index < aux else None
    if first is not None and first.end == aux and not oblique(tokens, first):
        phrase = first  # "Jan Roth wird … zitiert:"
    else:  # an adverbial first, the subject right after the auxiliary: "Dazu wird Jan Roth …"
        index = aux + 1
        while index < len(tokens) and words[index] in cues.skip:
            index += 1
        phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
        if phrase is None or oblique(tokens, phrase):
            return None
    return tokens, phrase
