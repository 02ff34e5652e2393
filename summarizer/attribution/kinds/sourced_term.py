"""A German quoted term after an indefinite article in a sentence a "nach …" source opens."""
# "Nach den Worten von Bischof Anton Reiß ist die Kirche ein „Ort für alle“", "Nach dem Willen
# von X soll die Strecke zu einer „Modellstrecke“ werden": the source's noun of words, view or
# will governs the sentence, and a capitalised term after "ein"/"einer" is its own words, not a
# name ("laut der „Zeit“", "das Schiff „Aurora“" take a definite article or no such source).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop

_INDEFINITE = frozenset(_data.load_toml("terms.toml")["indefinite_cases"]["de"])
_SOURCE = "nach "  # "nach den Worten", "nach Ansicht", "nach dem Willen": not "laut", "zufolge"
_SENTENCE = 200  # how far back the sentence's start is looked for: bounded


def sourced_term(text: str, open_at: int, previous: str, cues: Cues) -> bool:
    """Whether an indefinite article (`previous`) stands right before the quotation opening at
    `open_at` and its sentence opens with a "nach …" source."""
    if previous.lower() not in _INDEFINITE:
        return False
    reach = max(0, open_at - _SENTENCE)
    start = last_stop(text, cues.sentence_end, reach, open_at) or reach
    while start < open_at and not text[start].isalpha():
        start += 1
    source = cues.verbs.match(text, start)
    return source is not None and source.group().lower().startswith(_SOURCE)
