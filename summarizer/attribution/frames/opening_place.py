"""A preposition and its place that open a sentence before the subject: "В Москве Песков"."""

from __future__ import annotations

from summarizer.attribution.frames.abbreviations import forenames
from summarizer.attribution.frames.english_opening import phrase_start
from summarizer.attribution.frames.place_case import place_words
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES

_PLACE_LETTERS = 3  # a place's name has at least three letters, or is an acronym


def opening_preposition(word: str, cues: Cues) -> bool:
    """Whether `word` is a preposition: governing; no article, name's particle, or topic's "for"."""
    if cues.nouns_capitalized or word not in cues.governing | cues.opening_prepositions:
        return False  # "In Stuttgart sagte Olaf Kern": German is read by the inverted clause
    kept = cues.articles | cues.definite | cues.term_articles | set(cues.topic_prepositions)
    return word not in kept and word not in PARTICLES


# Russian marks the place by its case, so the name starts after the words in an oblique case
# ("В Совете Федерации Зоя Лукина"); elsewhere the place may have several words ("In New York
# Ann Roe"), so the name starts at the first known first name after it, or nowhere.
def subject_start(words: list[str], cues: Cues, written: WrittenWords | None = None) -> int:
    """Where the subject starts in `words`: 0 with no opening preposition, len(words) if none."""
    if len(words) < 2 or not opening_preposition(words[0].lower(), cues):
        return 0
    if _short(words[1]):
        return len(words)  # "О Се Хун": a Korean name or a place, unknown ("В ЕС" is a place)
    if cues.oblique_endings:
        place = 1 + place_words(words[1:], cues)
        return next((at for at in range(2, place) if _short(words[at])), place)  # "Пекина Си"
    found = phrase_start(words[1:], False, cues, written) if cues.opening_prepositions else None
    if found is not None:  # English: "Since January Ann Roe", "In Saint Paul Tim Walz"
        return 1 + found[0]
    if words[0].lower() not in cues.governing:
        return 0  # "After Ann Roe": a name, as before
    names = forenames(cues.family)
    return next((at for at in range(2, len(words)) if words[at] in names), len(words))


# A run that is nothing but the place stays whole: `subjects._governed` makes it no subject, and
# "Than Shwe said" (a name that begins with a preposition's spelling) keeps its cue.
def past_opening(run: str, cues: Cues, written: WrittenWords | None = None) -> str:
    """A capitalised run without the preposition and place that open it, if a name is left."""
    words = run.split()
    start = subject_start(words, cues, written)
    return " ".join(words[start:]) if start < len(words) else run


def _short(word: str) -> bool:
    """Whether `word` is too short for a place's name and no acronym: "Се", "Си", "Ли"."""
    return len(word) < _PLACE_LETTERS and not word.isupper()
