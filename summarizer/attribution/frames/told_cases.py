"""Russian: of two words after a verb-first cue, the one in a case no nominative name ends so."""

# "— сказал Игорю Олег", "— сказала Ивановой Анна", "— сказала Анна Марии": a dative in -ю
# ("Игорю", "Сергею"; "Моуринью" ends so as written), in -ии ("Марии"), a woman's surname in
# -ой after a woman's verb ("Ивановой"; after a man's, "Луговой", "Донской" are nominatives) is
# the one told, when the other word can be the verb's subject (-а, -я, and after a man's verb a
# consonant). A word in -е ("Анне", "Никите") may be a foreign nominative ("Рене Декарт", "Хосе
# Мария", "Майя Ломидзе"): before a woman's name or a consonant the other speaks either way; before
# a man's in -а, -я or after a nominative, only where the article writes the -е word's nominative
# ("Анна", "Никита"), else the pair stays, low. Two surnames that never decline ("Шойгу
# Лукашенко") may each be the one told: low.

from __future__ import annotations

from collections.abc import Set

from summarizer.attribution.frames.foreign_dative import foreign_dative
from summarizer.attribution.lexicon.russian_names import (
    EITHER,
    HER_NAMES,
    HIS_IN_A,
    MENS,
    RU,
    SURNAME_ENDS,
)

_HIS_SURNAME = (*RU["nominative_surnames"], "ин", "ын")  # "Лавров", "Зеленский", "Путин"
_HIS_ONLY = tuple(RU["nominative_surnames"])  # "Лавров", "Зеленский": no first name ends so
# "Игорь" -> "Игорю", "Сергей" -> "Сергею", "Олег" -> "Олегу": a known man's first name's dative
MENS_DATIVES = frozenset(
    name[:-1] + "ю" if name.endswith(("ь", "й")) else name + "у"
    for name in MENS
    if not name.endswith(("а", "я"))
)
_HER_OBLIQUE = tuple(end for end in RU["told_surnames"] if end.endswith("ой"))  # "Ивановой"
_SURNAME_LETTERS = 5  # "Лев", "Ин": a short word in -ев, -ин may be a first name or a syllable
NOMINATIVE_A = ("а", "я")  # a woman's first name, a man's "Илья", "Никита", a woman's surname
VOWEL_LETTERS = frozenset("аеёиоуыэюя")  # the vowels only: not "й", "ь", "ъ"
_NOT_HARD = VOWEL_LETTERS | {"й"}  # the letters no consonant stem ends in, as the checks read "й"
_NOT_CONSONANT = VOWEL_LETTERS | {"й", "ь", "ъ"}
_VOWEL_OR_SOFT = VOWEL_LETTERS | {"ь"}
_NEVER_DECLINED = ("ко", "ых", "их")  # "Лукашенко", "Белых"; "Шойгу" by its velar
_SHORTEST = 4  # "Оле", "Ию": too short to tell a case from a name
_FOREIGN_ENDS = ("о", "и", "э", "у", "ю")  # "Мадуро", "Мелони"; "-е" may be a dative


def _oblique(word: str, woman: bool) -> bool:
    """Whether a word ends in a case ending that no nominative name has after this verb."""
    lower = word.lower()
    if len(lower) < _SHORTEST:
        return False
    dative_u = lower.endswith("ю") and not lower.endswith("ью")  # "Игорю", not "Моуринью"
    # a man's nominative "Толстой", "Луговой" ends in -ой too: only a surname's own -овой, -ской
    return lower.endswith("ии") or dative_u or (woman and lower.endswith(_HER_OBLIQUE))


def dative_e(word: str) -> bool:
    """Whether a word in -е after a consonant may be the dative of a name in -а, -я."""
    lower = word.lower()
    return len(lower) >= _SHORTEST and lower.endswith("е") and lower[-2] not in VOWEL_LETTERS


def _nominative(word: str, woman: bool) -> bool:
    """Whether a word may be the subject of the verb, by its ending and the verb's gender."""
    last = word[-1:].lower()
    return last in NOMINATIVE_A or (not woman and last.isalpha() and last not in VOWEL_LETTERS)


def _his(word: str) -> bool:
    """Whether a word is a man's nominative name: by its surname's ending or as a first name."""
    lower = word.lower()
    return word in MENS or (len(lower) >= _SURNAME_LETTERS and lower.endswith(_HIS_SURNAME))


def _undeclined(word: str, woman: bool = False) -> bool:
    """Whether a surname never declines, so that its dative looks as its nominative."""
    lower = word.lower()
    if woman and lower[-1:].isalpha() and lower[-1:] not in _NOT_HARD:
        return True  # after a woman's verb "Меркель", "Собчак" are a woman's, never declined
    # "Шойгу", "Нетаньяху": a consonant before the -у; "Чжоу Эньлай" is a surname-first name
    velar = len(lower) >= _SHORTEST and lower.endswith("у") and lower[-2] not in VOWEL_LETTERS
    velar = velar and not foreign_dative(word)
    return lower.endswith(_NEVER_DECLINED) or velar


# The verb's gender must agree with its subject: after a man's verb ("сказал") a word is the
# speaker at high only when it is a man's name by its form or as a first name ("Путин", "Олег");
# "Меркель", "Собчак" may be a woman's surname, which never declines, and "Анна" a woman's name:
# then the pair stays, low (`fixR25b`).
def split_by_case(first: str, second: str, cue: str, words: Set[str]) -> tuple[str, bool] | None:
    """The speaker of two words after a cue and whether that is sure, or None (no case tells)."""
    woman = cue.endswith("ла")
    split = _split(first, second, woman, words)
    given = _given_dative(first) and split is not None and split[0] == second
    if split is None or not split[1] or woman or _his(split[0]) or given:
        return split
    if second in MENS_DATIVES:
        return first, False  # "Хосе Игорю": Игорь is told, whoever tells him
    return f"{first} {second}", False  # "сказал Лукашенко Меркель": she cannot be its subject


def _split(first: str, second: str, woman: bool, words: Set[str]) -> tuple[str, bool] | None:
    """`split_by_case` before the speaker's gender is checked against the verb's."""
    pair = f"{first} {second}"
    after_given = _after_his_dative(first, second, woman)
    if after_given is not None:
        return second, after_given  # "— сказала Олегу Мелони", "— сказал Игорю Кличко"
    if _oblique(first, woman) and _nominative(second, woman):
        return second, True
    if _nominative(first, woman) and _oblique(second, woman):
        return first, True
    if second in MENS_DATIVES and not _oblique(first, woman):
        return first, True  # "Хосе Игорю", "Марио Олегу": a known man's name in the dative
    if not woman and foreign_dative(first) and first[:-1] in words and _vowel_told(second):
        return second, False  # "Эммануэль Макрон … — сказал Макрону Мелони": a man's verb, low
    if woman and foreign_dative(first) and _hers_after_his_dative(second):
        return second, True  # "— сказала Рамзану Каримова", "Макрону Мелони": he is told
    if dative_e(first) and _nominative(second, woman):
        hers = woman or not second.endswith(NOMINATIVE_A)  # "Хосе Мария": a man's double name
        return (second, True) if hers or _written(first, words) else (pair, False)
    if _nominative(first, woman) and dative_e(second):
        return (first, True) if _written(second, words) else (pair, False)  # "Майя Ломидзе"
    if _undeclined(first, woman) and _nominative(second, woman):
        return second, True  # "Лукашенко Путин", "Тимошенко Ирина"
    if _undeclined(first, woman) and _undeclined(second, woman):
        return pair, False  # "сказала Лукашенко Меркель": either may be the subject
    if woman and _undeclined(first, woman) and _oblique(second, woman):
        return first, False  # "сказала Собчак Ивановой": hers, by no case of her own
    if woman and _undeclined(second, woman) and _oblique(first, woman):
        return second, False
    hers = _undeclined(second, True) and not _undeclined(second)  # "Меркель", not "Лукашенко"
    if not woman and _his(first) and first not in MENS and hers:
        only = first.lower().endswith(_HIS_ONLY)  # "Зеленский Меркель"; "Путин" as "Константин"
        return (first, True) if only else (pair, False)
    if woman and second.lower().endswith("ой") and _nominative(first, woman):
        return pair, False  # "Вероника Толстой": the dative of "Толстая", or one name
    return None


# After a man's verb two words that may be a subject and the one told in a dative that looks as
# a nominative: a surname that never declines second ("Мадуро Лукашенко", "Гонсалес Шойгу"), or
# a man's surname second after a word in a consonant, a woman's surname too ("Меркель Путин").
# A known man's first name first makes them one name ("Сергей Шойгу"); else the pair is low
# where the article writes one word apart from the other (`told_pairs._apart`, `rufix26`).
def either_told(first: str, second: str, cue: str) -> bool:
    """Whether either of two words after a man's verb may be the dative of the one told."""
    if not cue.endswith("л") or first in MENS or first.lower() in HIS_IN_A:
        return False
    consonant = first[-1:].isalpha() and first[-1:].lower() not in _NOT_HARD
    return _undeclined(second) or _foreign_vowel(second) or (consonant and _his(second))


# "— сказал Меркель Путин": a man's surname by its form after a word in -ь no first name the list
# knows may be Merkel (a woman's surname, never declined) telling Putin as well as a man's first
# name ("Шамиль Басаев"); with nothing in the article to tell which, the pair is never sure. A
# word in a hard consonant ("Рамзан", "Ильхам") is no man's dative ("Рамзану"): his first name,
# unless the article writes it apart (`told_pairs._apart`): a man told would be "-у".
def his_after_unknown(first: str, second: str, cue: str) -> bool:
    """Whether two words after a man's verb are an unknown word in -ь and a man's surname."""
    soft = first[-1:].lower() == "ь"
    return either_told(first, second, cue) and soft and _his(second) and second not in MENS


# "— сказала Айгерим Нурланова": after a woman's verb a word in a hard consonant before a woman's
# surname by its form is her first name, as "Рамзан" before "Кадыров": a man told would be "-у",
# a woman with a declined name "-е", "-и". A word in -ь ("Айгуль", "Меркель") may be a surname
# never declined: her surname alone speaks, as before.
def her_first_name(first: str, second: str, cue: str) -> bool:
    """Whether two words after a woman's verb are a first name in a hard consonant and her
    surname by its form."""
    last, lower = first[-1:].lower(), second.lower()
    hard = last.isalpha() and last not in _NOT_CONSONANT and first not in MENS
    named = lower in HER_NAMES or lower in HIS_IN_A or lower in EITHER  # "Ирина", "Никита"
    hers = len(lower) > _SURNAME_LETTERS and lower.endswith(SURNAME_ENDS["feminine"])
    return cue.endswith("ла") and len(first) >= _SHORTEST and hard and hers and not named


# "Мелони", "Мадуро", "Драги": a foreign surname in a vowel never declines, so its dative looks
# as its nominative; "Марии" (-ии) and a word in -а, -я decline.
def _foreign_vowel(word: str) -> bool:
    """Whether a surname ends in a vowel no declined name ends its dative or nominative in."""
    lower = word.lower()
    return len(lower) >= _SHORTEST and lower.endswith(_FOREIGN_ENDS) and not lower.endswith("ии")


# After a woman's verb and a man's dative by its form (a consonant and -у: "Макрону"), her
# nominative in -а, -я, or a foreign surname in a vowel that never declines ("Мелони", "Мадуро");
# not a second dative of that shape ("Жаиру Болсонару": his one name, whoever told).
def _hers_after_his_dative(second: str) -> bool:
    """Whether the word after a man's dative may be a woman's verb's subject."""
    foreign = _foreign_vowel(second) and not foreign_dative(second)
    return _nominative(second, True) or foreign


def _given_dative(word: str) -> bool:
    """Whether a word is a man's first name in the dative by form ("Олегу", "Игорю", "Андрею")."""
    lower = word.lower()
    soft = lower.endswith("ю") and lower[-2:-1] not in _VOWEL_OR_SOFT
    soft = soft and len(lower) >= _SHORTEST
    return word in MENS_DATIVES or soft


# A man's dative by form first is the one told, never a first name: a known man's first name
# ("Олегу", "Игорю"; "-ю" after a consonant) before a word the verb may have as subject (its
# nominative, a surname that never declines, a foreign one in a vowel): the second speaks, high,
# unless a man's verb has a word in -ь ("Меркель": a woman's surname) or a woman's in -а: low.
# A foreign dative's shape ("Макрону", "Тосимицу") after a man's verb may be a given name
# ("Тосимицу Мотэги", one man): `_split` reads it as a dative only where the article writes its
# nominative ("Эммануэль Макрон"), and then low (a man called Мелони, or a slip of the verb).
def _after_his_dative(first: str, second: str, woman: bool) -> bool | None:
    """How sure the second of two words speaks after a man's dative first, or None (no such)."""
    if not _given_dative(first) or _given_dative(second):
        return None
    vowel = _vowel_told(second) and not _oblique(second, woman)
    if _nominative(second, woman) or vowel or _undeclined(second, woman):
        hers = second.lower().endswith(NOMINATIVE_A) and second.lower() not in HIS_IN_A
        return woman or not (second[-1:].lower() == "ь" or hers)  # "сказал Олегу Анна": low
    return None


def _vowel_told(word: str) -> bool:
    """Whether a word is a foreign surname in a vowel that never declines, no dative's shape."""
    return _foreign_vowel(word) and not foreign_dative(word)


def his_surname(word: str) -> bool:
    """Whether a word is a man's surname by its form, or one that never declines."""
    return (_his(word) and word not in MENS) or _undeclined(word)


def _written(dative: str, words: Set[str]) -> bool:
    """Whether the article writes the nominative in -а, -я of a word in -е ("Анна" of "Анне")."""
    return any(dative[:-1] + end in words for end in NOMINATIVE_A)
