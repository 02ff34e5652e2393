"""Russian: three capitalised words after a cue, one name or a speaker and the one told."""

# "— сказал Лавров Сергею Шойгу", "Путин Ангеле Меркель": a first name in the dative (a known
# man's "Сергею", "Игорю"; "Ангеле" of a known woman's "Ангела") opens the one told, so the words
# before it are the speaker's. "Реджеп Тайип Эрдоган", "Луис Инасиу Лула": a first word in a
# consonant is no role's genitive complement ("Украины", "Кремля"), so with no word in an
# oblique case the three are one name, kept whole.

from __future__ import annotations

from summarizer.attribution.frames.foreign_dative import foreign_dative
from summarizer.attribution.frames.told_cases import MENS_DATIVES, dative_e, his_surname
from summarizer.attribution.lexicon.russian_names import HER_NAMES, MENS, RU, SURNAME_ENDS

_TOLD = tuple(RU["told_surnames"] + RU["dative_surnames"])  # "Ковалеву", "Ивановой"
# "Петров", "Петрова", "Петровой": a Russian surname or its oblique case ends no foreign name
_SURNAMES = (*RU["pair_surnames"], *SURNAME_ENDS["masculine"], *RU["feminine_datives"])
_THREE = 3
_VOWELS = frozenset("аеёиоуыэюяь")
_NAME_WORDS = 2
_SHORTEST = 4  # "Ли", "Ким": a syllable of an East Asian name is no case ending


def dative_forename(word: str) -> bool:
    """Whether a word is a known first name in the dative ("Сергею", "Ангеле", "Ксении")."""
    lower = word.lower()
    hers = dative_e(word) and lower[:-1] + "а" in HER_NAMES  # "Ангеле", "Анналене"
    return word in MENS_DATIVES or hers or (len(lower) >= _SHORTEST and lower.endswith("ии"))


def whole_three(words: list[str]) -> bool:
    """Whether three name words read as one foreign name: a consonant first, no word in a case,
    none a Russian first name or surname by its form ("Адвокат Иван Петров", "Пасечник Тимур
    Галиев": a noun opening the sentence before a Russian name)."""
    if len(words) != _THREE:
        return False
    first, middle, last = words
    consonant = len(first) >= _SHORTEST and first[-1].lower() not in _VOWELS and first.isalpha()
    oblique = dative_e(middle) or foreign_dative(middle) or middle.lower().endswith("ии")
    told = last.lower().endswith(_TOLD) or foreign_dative(last) or dative_forename(middle)
    russian = middle in MENS or middle.lower() in HER_NAMES or _russian_surname(first, last)
    return consonant and not first.isupper() and not (oblique or told or russian)


def _russian_surname(*words: str) -> bool:
    """Whether any word ends as a Russian surname or its oblique case does ("Петров", "Котовой")."""
    return any(w.lower().endswith(_SURNAMES) or his_surname(w) for w in words)


# "— сказал Пабло Игорю Ковалеву": a lone word before the one told is sure only as a man's
# surname by its form ("Лавров", "Путин"), as after "сказал Хосе Игорю" (`told_cases`); a lone
# foreign first name ("Пабло") may be any part of a name the article never gives in full.
def unsure_before_told(speaker: str, mention: str) -> bool:
    """Whether a lone speaker word opens a mention whose next word is a first name's dative."""
    words = mention.split()
    opens = len(words) > _NAME_WORDS and words[0] == speaker and dative_forename(words[1])
    return opens and not his_surname(speaker)
