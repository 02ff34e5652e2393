"""The German verbs that give a thing a quoted label, and the words that frame that label."""
# "bezeichnete den Plan als „…“", "nannte den Plan einen „…“", "sprach von einer „…“": the
# quotation is what the verb calls something, its subject's words (german.toml [partial]).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_DATA = _data.load_toml("german.toml")["partial"]
CALLING = frozenset(_DATA["calling"])
PARTICIPLES = frozenset(_DATA["participles"])
NAMING = frozenset(_DATA["naming"])
_CLOSING = frozenset(_DATA["closing"])
SPOKEN_OF = {word: frozenset(verbs) for word, verbs in _DATA["spoken_of"].items()}


# "als „…“ bezeichnet", "den Plan einen „…“ genannt" (the label of "nennen" follows its object),
# "von einer „…“ sprach": the words before the quotation make it what the verb calls something.
def labelled(words: list[str], verb: str) -> bool:
    """Whether the quotation is the label the closing verb gives, by the lower-cased words
    before it."""
    if words[-1] == "als" or verb in NAMING:
        return True
    spoken = words[-1] if words[-1] in SPOKEN_OF else words[-2] if len(words) > 1 else ""
    return verb in SPOKEN_OF.get(spoken, frozenset())


def own_saying(word: str, cues: Cues) -> bool:
    """Whether a word is a verb of saying or calling (no auxiliary) with a subject of its own."""
    if word in _CLOSING or word in cues.reported:
        return False  # "Wie X sagte, sei das „…“": the Konjunktiv reports X's words
    return word in CALLING or word in PARTICIPLES or cues.verbs.fullmatch(word) is not None
