"""Russian: a foreign surname in a consonant declines for a man, so "-у" after one is a dative."""

from __future__ import annotations

import re

from summarizer import _data

_RU = _data.load_toml("particles.toml")["ru"]
DECLINED = frozenset(_RU["declined_consonants"])
_NOMINATIVE = tuple(_RU["nominative_surnames"])
UNDECLINED = tuple(_RU["indeclinable_endings"] + _RU["indeclinable_surnames"])
_SURNAME_LETTERS = 5  # "Лев", "Яков": a short word in -ев, -ов may be a first name
_SHORTEST = 3  # "Ху", "Лу": a short foreign name stays as written
_VOWELS = frozenset("аеёиоуыэюя")
_NUCLEUS = re.compile("[аеёиоуыэюя]+")
_SYLLABLE_LETTERS = 4  # "Ким", "Чжэ", "Ёль": a syllable of an East Asian name
_SYLLABLE_NAME = 3  # "Ким Чен Ын", "Мун Чжэ Ин": three syllables, one name


# "Блинкену", "Байдену", "Шольцу": the dative of "Блинкен", "Байден", "Шольц"; "Шойгу",
# "Нетаньяху" end so as written (a velar before the -у).
def foreign_dative(word: str) -> bool:
    """Whether a capitalised word has the shape of a man's foreign surname in the dative."""
    lower = word.lower()
    return len(lower) > _SHORTEST and lower.endswith("у") and lower[-2] in DECLINED


# "— сказал Лавров Лукашенко": a man's surname in the nominative, then one that never declines
# and is no man's first name (a vowel other than -а, -я ends it): the subject, then the one told,
# whose dative looks the same. "Путин" ends in -ин as "Константин" does: left as one run.
def undeclined_told(first: str, second: str) -> bool:
    """Whether the second of two words after a cue is the one told, the first the subject."""
    subject = len(first) >= _SURNAME_LETTERS and first.endswith(_NOMINATIVE)
    return subject and second[:1].isupper() and second.endswith(UNDECLINED)


# "— сказал Блинкену Лавров", "Макрону Шольц": a foreign surname's dative, then a surname only
# a nominative ends so (a man's in -ов, or a foreign one in a consonant): the one told first;
# "Чавушоглу Лавров": a surname that never declines before a man's in -ов is the one told too.
# A given name in -у goes with a surname in a vowel ("Тосимицу Мотэги", "Жаиру Болсонару").
def told_first(first: str, second: str) -> bool:
    """Whether the first of two words after a cue is the one told, the second the subject."""
    male = len(second) >= _SURNAME_LETTERS and second.endswith(_NOMINATIVE)
    foreign = len(second) > _SHORTEST and second[-1].isalpha() and second[-1] not in _VOWELS
    undeclined = len(first) >= _SURNAME_LETTERS and first.endswith(UNDECLINED)
    short = len(first) == _SHORTEST and first.endswith("у") and first[-2] in DECLINED  # "Ыну"
    told = (foreign_dative(first) and (male or foreign)) or ((undeclined or short) and male)
    return told or woman_told(first, second)


# "— ответила Марии Анна": a woman's first name in -ии (the dative of one in -ия; no nominative
# name ends so) before a word in -а, -я, a woman's nominative: the first is the one told.
def woman_told(first: str, second: str) -> bool:
    """Whether a woman's first name in the dative stands before a woman's name in the nominative."""
    dative = len(first) > _SHORTEST and first.endswith("ии")
    return dative and len(second) > _SHORTEST - 1 and second.endswith(("а", "я"))


# "— сказал Ким Чен Ыну Лавров": the last word the subject, all before it the one told; an East
# Asian name of three syllables whose last takes the dative -у ("Ким Чен Ыну Путин") is the one
# told whatever the word after it.
def told_before(named: list[str]) -> int:
    """How many words of a run after a cue are the one told before its last word, the subject."""
    if len(named) == _SYLLABLE_NAME + 1 and _syllabic_dative(named[:-1]):
        return _SYLLABLE_NAME
    return len(named) - 1 if len(named) > 1 and told_first(*named[-2:]) else 0


# "— сказал Ким Чен Ыну", "— сказал Путин Ким Чен Ыну": three syllables whose last takes the
# dative -у end the run as one name told, whole; no word of it is the subject.
def untold_syllables(named: list[str]) -> list[str]:
    """A run after a cue without an East Asian name in the dative at its end."""
    told = len(named) >= _SYLLABLE_NAME and _syllabic_dative(named[-_SYLLABLE_NAME:])
    return named[:-_SYLLABLE_NAME] if told else named[: len(named) - _told_beside(named)]


# "— сказал Шойгу Ли Кэцяну": a surname, then a Chinese surname of one syllable and a given name
# in the dative (a consonant and -у): the two are the one told. "— сказал Ли Кэцян Лукашенко": a
# Chinese name whose given name ends in a consonant (its nominative), then a surname that never
# declines or one in the dative: the words after it are the one told, however many ("— сказал Си
# Цзиньпин Нгуен Фу Чонгу": a Vietnamese name in the dative, `ru26`).
def _told_beside(named: list[str]) -> int:
    """How many words ending a run of three or more are the one told beside a Chinese name."""
    if len(named) < _SYLLABLE_NAME:
        return 0
    first, middle, last = named[0], named[1], named[-1]
    syllable = len(middle) < _SHORTEST and len(first) >= _SYLLABLE_LETTERS  # "Шойгу Ли Кэцяну"
    if len(named) == _SYLLABLE_NAME and syllable and foreign_dative(last):
        return 2
    given = len(middle) >= _SYLLABLE_LETTERS and middle[-1] in DECLINED
    told = len(last) >= _SYLLABLE_LETTERS and (last.endswith(UNDECLINED) or foreign_dative(last))
    return len(named) - 2 if len(first) < _SHORTEST and given and told else 0


def _syllabic_dative(words: list[str]) -> bool:
    """Whether three words are an East Asian name in the dative ("Ким Чен Ыну")."""
    last = words[-1]
    dative = last.endswith("у") and last[-2:-1].lower() in DECLINED
    return dative and syllabic([*words[:-1], last[:-1]])


def syllabic(words: list[str]) -> bool:
    """Whether three words are each one short syllable, one East Asian name ("Ким Чен Ын")."""
    return len(words) == _SYLLABLE_NAME and all(_syllable(w) for w in words)


# "Ким", "Цзинь" (no "ь" counted), "Нгуен" (a Vietnamese diphthong: its vowels are one nucleus).
def _syllable(word: str) -> bool:
    """Whether a word is one short syllable: one run of vowels, four letters besides."""
    lower = word.lower().replace("ь", "")
    nuclei = _NUCLEUS.findall(lower)
    return len(nuclei) == 1 and len(lower) - len(nuclei[0]) + 1 <= _SYLLABLE_LETTERS
