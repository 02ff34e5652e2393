"""Where a Russian place after a preposition ends: its words in the oblique case, no first name."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_RU = _data.load_toml("particles.toml")["ru"]
_FIRST_NAMES = tuple(_RU["undeclined_first_names"])  # "Риши", "Антониу": no case at all
_NESTED = tuple(_RU["nested_genitives"])  # "Федерации", "Безопасности": a noun's genitive only
_DOUBTFUL = tuple(_RU["doubtful_first_names"])  # "Коми", "Твери": a genitive's ending too
_ADJECTIVES = tuple(_RU["place_adjectives"])  # "Нижнего": its noun is the place's too


# The first, and those after it in an oblique case ("Совете Федерации"). A foreign first name in
# -и or -у is never declined, so it looks oblique too; second to last, before the one word that
# closes the run, it opens the name ("Из Лондона Риши Сунак"), unless only a noun so ends.
def place_words(words: list[str], cues: Cues) -> int:
    """How many of `words`, after a preposition, name the place."""
    place = 2 if len(words) > 2 and words[0].endswith(_ADJECTIVES) else 1  # "Нижнего Новгорода"
    while place < len(words) and words[place].endswith(cues.oblique_endings):
        if opens_name(words, place):
            break
        place += 1
    return place


def opens_name(words: list[str], at: int) -> bool:
    """Whether the word at `at`, second to last, may be a first name before a surname."""
    word = words[at]
    return at == len(words) - 2 and word.endswith(_FIRST_NAMES) and not word.endswith(_NESTED)


# "Из Республики Коми Громов" reads as "Из Лондона Риши Сунак": a noun's genitive in -и nested in
# the place ("Коми", "Твери") or a first name; the pair is kept, never sure ("Си" is a name's).
def doubtful_name(words: list[str], at: int) -> bool:
    """Whether the name from `at` opens with a word that may still be the place's."""
    word = words[at] if 0 < at == len(words) - 2 else ""
    return len(word) > 2 and word.endswith(_DOUBTFUL) and not word.endswith(_NESTED)
