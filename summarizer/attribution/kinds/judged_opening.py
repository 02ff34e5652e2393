"""Whether a capitalised word opening a sentence before a verb of calling is a proper noun."""
# Spanish gives a common noun subject an article ("El Gobierno calificó"), so a bare capitalised
# word opening the sentence ("Feijóo calificó de «traidor» a Sánchez") is a proper noun, unless it
# is an adverb or a pronoun that a sentence may open with ("Finalmente calificó …", "Nadie
# calificó …"): those are data (terms.toml `opening_words`, `adverb_endings`). A first name
# ("Clemente") or a word the article writes capitalised inside a sentence stays a proper noun.

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.kinds.word_index import whole_word, words_after_a_word
from summarizer.attribution.lexicon.cues import Cues

_DATA = _data.load_toml("terms.toml")
_OPENING = {lang: frozenset(words) for lang, words in _DATA["opening_words"].items()}
_ADVERBS = {lang: tuple(words) for lang, words in _DATA["adverb_endings"].items()}
_FIRST = {  # every first name per language, any gender (genders.toml)
    lang: frozenset(w.lower() for words in table.get("first_names", {}).values() for w in words)
    for lang, table in _data.load_toml("genders.toml").items()
}


def proper_opening(text: str, word: str, cues: Cues) -> bool:
    """Whether a sentence-first word is a proper noun by the language's articles."""
    if not cues.articles:
        return False
    lower = word.lower()
    if lower in _grammar(cues):
        return False
    family = cues.family
    closed = lower in _OPENING.get(family, ()) or lower.endswith(_ADVERBS.get(family, ("\0",)))
    return not closed or lower in _FIRST.get(family, ()) or _inside(text, word)


@functools.lru_cache(maxsize=16)
def _grammar(cues: Cues) -> frozenset[str]:
    """The lower-cased words of grammar no proper noun is: built once per language."""
    grammar = cues.pronouns | cues.not_names | cues.stop | cues.particles | cues.first_person
    return frozenset(w.lower() for w in grammar)


# "Vino Clemente. Clemente calificó …": after a word or a comma, not after a sentence's end or an
# opening mark, a capital is the word's own.
def _inside(text: str, word: str) -> bool:
    """Whether `text` writes `word` capitalised inside a sentence somewhere."""
    if whole_word(word):
        return word in words_after_a_word(text)
    pattern = rf"[\w,;] +{re.escape(word)}(?![\w-])"
    return re.search(pattern, text) is not None


# "Al presidente Sánchez", "Al Gobierno": the personal "a" joined with an article ("al") marks an
# object before a title or a body's noun; before any other capitalised word it is a first name
# ("Al Gore calificó …"). A bare "a" marks one before anything ("A Juan Pérez lo calificó").
def personal_in(name: list[str], personal: frozenset[str], cues: Cues) -> bool:
    """Whether a capitalised run before a verb holds a personal "a" that marks it an object."""
    for at, word in enumerate(name[:-1]):
        lower = word.lower()
        if lower not in personal:
            continue
        after = name[at + 1].lower()
        if lower not in cues.contractions or after in cues.titles or after in cues.orgs:
            return True
    return False
