"""Russian: a foreign surname in a consonant declines for a man, so "-у" after one is a dative."""

from __future__ import annotations

from summarizer import _data

_RU = _data.load_toml("particles.toml")["ru"]
_DECLINED = frozenset(_RU["declined_consonants"])
_NOMINATIVE = tuple(_RU["nominative_surnames"])
_UNDECLINED = tuple(_RU["indeclinable_endings"] + _RU["indeclinable_surnames"])
_SURNAME_LETTERS = 5  # "Лев", "Яков": a short word in -ев, -ов may be a first name
_SHORTEST = 3  # "Ху", "Лу": a short foreign name stays as written


# "Блинкену", "Байдену", "Шольцу": the dative of "Блинкен", "Байден", "Шольц"; "Шойгу",
# "Нетаньяху" end so as written (a velar before the -у).
def foreign_dative(word: str) -> bool:
    """Whether a capitalised word has the shape of a man's foreign surname in the dative."""
    lower = word.lower()
    return len(lower) > _SHORTEST and lower.endswith("у") and lower[-2] in _DECLINED


# "— сказал Лавров Лукашенко": a man's surname in the nominative, then one that never declines
# and is no man's first name (a vowel other than -а, -я ends it): the subject, then the one told,
# whose dative looks the same. "Путин" ends in -ин as "Константин" does: left as one run.
def undeclined_told(first: str, second: str) -> bool:
    """Whether the second of two words after a cue is the one told, the first the subject."""
    subject = len(first) >= _SURNAME_LETTERS and first.endswith(_NOMINATIVE)
    return subject and second[:1].isupper() and second.endswith(_UNDECLINED)


# "— сказал Блинкену Лавров": before a surname only a man's nominative ends so, a foreign
# surname's dative is the one told first; a given name in -у goes with any other surname
# ("Тосимицу Мотэги", "Жаиру Болсонару").
def told_first(first: str, second: str) -> bool:
    """Whether the first of two words after a cue is the one told, the second the subject."""
    return (
        foreign_dative(first) and len(second) >= _SURNAME_LETTERS and second.endswith(_NOMINATIVE)
    )
