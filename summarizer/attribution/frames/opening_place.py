"""A preposition and its place that open a sentence before the subject: "В Москве Песков"."""

from __future__ import annotations

from summarizer.attribution.frames.abbreviations import forenames
from summarizer.attribution.frames.listeners import place_words
from summarizer.attribution.frames.runs import PARTICLES
from summarizer.attribution.lexicon.cues import Cues


def opening_preposition(word: str, cues: Cues) -> bool:
    """Whether `word` is a preposition: governing; no article, name's particle, or topic's "for"."""
    if cues.nouns_capitalized:  # "In Stuttgart sagte Olaf Kern": read by the inverted clause
        return False
    kept = cues.articles | cues.definite | cues.term_articles | set(cues.topic_prepositions)
    return word in cues.governing and word not in kept and word not in PARTICLES


# Russian marks the place by its case, so the name starts after the words in an oblique case
# ("В Совете Федерации Зоя Лукина"); elsewhere the place may have several words ("In New York
# Ann Roe"), so the name starts at the first known first name after it, or nowhere.
def subject_start(words: list[str], cues: Cues) -> int:
    """Where the subject starts in `words`: 0 with no opening preposition, len(words) if none."""
    if len(words) < 2 or not opening_preposition(words[0].lower(), cues):
        return 0
    if cues.oblique_endings:
        return 1 + place_words(words[1:], cues)
    names = forenames(cues.family)
    return next((at for at in range(2, len(words)) if words[at] in names), len(words))


def past_opening(run: str, cues: Cues) -> str:
    """A capitalised run without the preposition and place that open it ("" if nothing is left)."""
    words = run.split()
    return " ".join(words[subject_start(words, cues) :])
