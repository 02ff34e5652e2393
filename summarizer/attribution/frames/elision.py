"""Elision: an article or "de" that drops its vowel before the next word ("l'", "d'", "qu'")."""

# "L'avocat", "d'Emmanuel", "qu'il": the run readers (runs.py) and the clause readers read the
# word after the apostrophe, and tell an elided article or "de" from a name that has one
# ("D'Arcy", "L'Oréal").

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues


# Without a regex: this runs for a word next to each cue.
def elided(word: str) -> str:
    """The word after its last apostrophe ("qu'il": "il"); the whole word without one."""
    return word[max(word.rfind("'"), word.rfind("’")) + 1 :]


# French writes an article or "de" that drops its vowel with the next word: "L'avocat",
# "d'Emmanuel" ("le", "de"; as `complement._forms` reads "qu'" for "que").
def elision(word: str) -> tuple[str, str]:
    """The dropped word's letters before the apostrophe, lower case ("" if none), and the rest."""
    at = max(word.rfind("'"), word.rfind("’"))
    return (word[:at].lower(), word[at + 1 :]) if at > 0 else ("", word)


def elided_of(word: str, cues: Cues) -> bool:
    """Whether `word` is "de" elided before a capitalised name ("d'Emmanuel"; "D'Arcy" is one)."""
    dropped, rest = elision(word)
    lower = word[: len(dropped)].islower()
    return lower and f"{dropped}e" in cues.complements and rest[:1].isupper()


def articled_noun(word: str, cues: Cues) -> bool:
    """Whether `word` is an elided article and a common noun ("L'avocat", not "L'Oréal")."""
    dropped, rest = elision(word)
    return bool(dropped) and dropped in cues.articles and rest[:1].islower()
