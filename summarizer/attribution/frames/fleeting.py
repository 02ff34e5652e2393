"""A Slavic nominative from a genitive stem that drops a vowel ("Павла" -> "Павел")."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_FLEETING: dict[str, list[tuple[str, str]]] = {
    family: [(str(stem), str(end)) for stem, end in grammar.get("fleeting_vowels", [])]
    for family, grammar in _data.load_toml("particles.toml").items()
}


# "Павла" less its genitive "а" is "Павл", a form no nominative has: the vowel the genitive drops
# comes back ("Павел", "Лев" from "Льва").
def fleeting(word: str, cues: Cues) -> str:
    """A nominative from its genitive's stem with the vowel that the genitive drops restored."""
    for stem, nominative in _FLEETING.get(cues.family, []):
        if word.endswith(stem):
            return word[: len(word) - len(stem)] + nominative
    return word
