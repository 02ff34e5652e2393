"""Russian: three capitalised words after a cue, one name or a speaker and the one told."""

# "— сказал Лавров Сергею Шойгу", "Путин Ангеле Меркель": a first name in the dative (a known
# man's "Сергею", "Игорю"; "Ангеле" of a known woman's "Ангела") opens the one told, so the words
# before it are the speaker's. "Реджеп Тайип Эрдоган", "Луис Инасиу Лула": a first word in a
# consonant is no role's genitive complement ("Украины", "Кремля"), so with no word in an
# oblique case the three are one name, kept whole.

from __future__ import annotations

from summarizer.attribution.frames.foreign_dative import foreign_dative
from summarizer.attribution.frames.object_forename import told_words
from summarizer.attribution.frames.told_cases import MENS_DATIVES, dative_e, his_surname
from summarizer.attribution.lexicon.russian_names import HER_NAMES, MENS, RU, SURNAME_ENDS

_TOLD = tuple(RU["told_surnames"] + RU["dative_surnames"])  # "Ковалеву", "Ивановой"
# "Петров", "Петрова", "Петровой": a Russian surname or its oblique case ends no foreign name
_SURNAMES = (*RU["pair_surnames"], *SURNAME_ENDS["masculine"], *RU["feminine_datives"])
_THREE = 3
_VOWELS = frozenset("аеёиоуыэюяь")
_NAME_WORDS = 2
_SHORTEST = 4  # "Ли", "Ким": a syllable of an East Asian name is no case ending
_ADJECTIVES = ("ский", "цкий")


def dative_forename(word: str) -> bool:
    """Whether a word is a known first name in the dative ("Сергею", "Ангеле", "Ксении")."""
    lower = word.lower()
    hers = dative_e(word) and lower[:-1] + "а" in HER_NAMES  # "Ангеле", "Анналене"
    return word in MENS_DATIVES or hers or (len(lower) >= _SHORTEST and lower.endswith("ии"))


# "Лавров Сергею Шойгу": a first name in the dative; "Волкова Петра Смирнова": a man's in the
# accusative or genitive after a full name (object_forename.py)
def opens_told(tokens: list[str]) -> int:
    """How many of a run's last words are the one told or asked, from a first name on."""
    told = len(tokens) > _NAME_WORDS and dative_forename(tokens[-2])
    return 2 if told else told_words(tokens)


def whole_three(words: list[str]) -> bool:
    """Whether three name words read as one foreign name: a consonant first, no word in a case,
    none a Russian first name or surname by its form ("Адвокат Иван Петров", "Пасечник Тимур
    Галиев": a noun opening the sentence before a Russian name)."""
    if len(words) != _THREE:
        return False
    first, middle, last = words
    consonant = len(first) >= _SHORTEST and first[-1].lower() not in _VOWELS and first.isalpha()
    consonant = consonant or _foreign_e(first) or _epithet(first, middle)
    oblique = dative_e(middle) or foreign_dative(middle) or middle.lower().endswith("ии")
    told = last.lower().endswith(_TOLD) or dative_forename(middle)
    told = told or (foreign_dative(last) and not _foreign_e(first))  # "Баррозу": `foreign_told`
    russian = middle in MENS or middle.lower() in HER_NAMES or _russian_surname(first, last)
    return consonant and not first.isupper() and not (oblique or told or russian)


# "Хосе Мануэль Баррозу", "Хорхе Луис Борхес": a word in -е is a dative only of a name in -а,
# -я ("Анне", "Кате"); no woman's name the list knows ends so, so it is a foreign first name.
def _foreign_e(word: str) -> bool:
    """Whether a word in a consonant and -е is no known woman's first name in the dative."""
    lower = word.lower()
    return dative_e(word) and word.isalpha() and all(lower[:-1] + a not in HER_NAMES for a in "ая")


# "Хосе Мануэль Баррозу" or "Хосе Мануэль" telling "Барроз": the three stay as written, but a
# last word in a consonant and -у may be the one told, so the name is unsure (`fullnames/told`).
def foreign_told(words: list[str]) -> bool:
    """Whether three words open with a foreign first name in -е and may end in the one told."""
    return len(words) == _THREE and _foreign_e(words[0]) and foreign_dative(words[-1])


# "Папа Римский Франциск", "Митрополит Киевский Онуфрий": an adjective in -ский after a noun in
# the nominative is the title's epithet, no surname (after a first name it is one: "Андрей
# Вышинский Меркель", `told_cases`).
def _epithet(first: str, middle: str) -> bool:
    """Whether the middle of three words is an adjective of the title the first word is."""
    adjective = middle.lower().endswith(_ADJECTIVES) and len(first) >= _SHORTEST
    forename = first in MENS or first.lower() in HER_NAMES
    return adjective and first.isalpha() and first[-1].lower() in "ая" and not forename


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
