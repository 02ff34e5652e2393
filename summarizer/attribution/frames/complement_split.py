"""Where a role's capitalised complement ends and the name after it begins (French, Spanish)."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_BODY_LINKS = {
    family: frozenset(words.get("body_links", ()))
    for family, words in _data.load_toml("particles.toml").items()
}


# "du Sénat Gérard Larcher" and "du New York Times" are both three capitalised words after "de":
# an acronym is a whole complement ("de l'ONU Jean Martin"), a linking word is a body's ("Médicos
# Sin Fronteras"); else only the name or its surname written elsewhere without the complement
# tells where the complement ends: without it the name is a guess, never sure.
def name_split(text: str, complement: str, name: str, cues: Cues) -> bool:
    """Whether the two words after a one-word complement are surely a name, not its rest."""
    if any(word.lower() in _BODY_LINKS.get(cues.family, ()) for word in name.split()):
        return False
    given, surname = name.split(maxsplit=1)
    written = _elsewhere(text, surname, given) or _elsewhere(text, name, complement)
    return written or (len(complement) > 1 and complement.isupper())


def _elsewhere(text: str, word: str, before: str) -> bool:
    """Whether `word` stands in `text` other than right after `before`."""
    return text.count(word) > text.count(f"{before} {word}")
