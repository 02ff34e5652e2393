"""A prepositional phrase of place or belonging after an indefinite role, read as a genitive is.

"Ein Sprecher aus dem Ministerium sagte:" says what "Ein Sprecher des Ministeriums sagte:" says:
whose spokesperson, by a preposition ("aus", "vom", "im", "beim", "bei der", "in der") instead of
the genitive's article. The phrase names its speaker as written, as the genitive one does. Only a
closing phrase of capitalised words counts: one that reaches on to someone else ("aus dem Umfeld
von Jan Roth") or opens with a forename ("bei Jan Roth": a person) stays as it was.
"""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.forenames import FORENAMES

_PHRASES = _data.load_toml("german.toml")["phrases"]
_PREPOSITIONS = frozenset(_PHRASES["place_prepositions"])  # "aus", "vom", "im", "beim"
_ARTICLES = frozenset(_PHRASES["place_articles"])  # "dem", "der", "den"
_NEEDS_ARTICLE = frozenset({"von"})  # "von der Stadt"; "von Jan Roth" is a person's


def without_place(words: list[str]) -> list[str]:
    """The words after a role's article without the preposition (and its article) of a closing
    place or body phrase ("Sprecher aus dem Ministerium" -> "Sprecher Ministerium"); else all."""
    at = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), None)
    if at is None or at == 0 or not words[at - 1][:1].isupper():
        return words  # no preposition, or not right after a noun
    noun = at + 1 + (at + 1 < len(words) and words[at + 1] in _ARTICLES)
    if noun == at + 1 and words[at].lower() in _NEEDS_ARTICLE:
        return words
    tail = words[noun:]
    if not tail or not all(w[:1].isupper() for w in tail) or tail[0] in FORENAMES:
        return words  # "aus dem Umfeld von X", "bei Jan Roth"
    return words[:at] + tail
