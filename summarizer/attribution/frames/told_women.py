"""Russian: a woman's name in the dative at the end of a run after a cue, the one told."""

# "— сказал Лукашенко Ксении Собчак", "— сказал Жан-Клод Юнкер Ангеле Меркель": a first name
# in -ии (no nominative name ends so) or in a consonant and -е ("Ангеле", of "Ангела"), then a
# word in a consonant, is a woman's full name in the dative, as a woman's surname in a consonant
# never declines (a man's would: "Никите Михалкову"); the words before it are the speaker's.
# "Рене Декарт", "Жозе Моуринью" alone are no such run: a subject must stand before it.

from __future__ import annotations

_VOWELS = frozenset("аеёиоуыэюя")
_SHORTEST = 4  # "Ли", "Ин", "Чжэ": a syllable of an East Asian name is no case ending


def _consonant(word: str) -> bool:
    """Whether a word of a name ends in a consonant (or a soft sign: "Меркель")."""
    last = word[-1:].lower()
    return len(word) >= _SHORTEST and last.isalpha() and last not in _VOWELS


def womans_dative(told: list[str], alone: bool) -> bool:
    """Whether two words are a woman's first name in an oblique case and her undeclined surname;
    `alone`: one word before them, where only -ии (never a nominative) is sure."""
    lower, surname = told[0].lower(), told[1]
    oblique_e = not alone and lower.endswith("е") and lower[-2:-1] not in _VOWELS
    return len(lower) >= _SHORTEST and (lower.endswith("ии") or oblique_e) and _consonant(surname)


# Only after a woman's name in the nominative ("Ирина Роднина"): after "Гоги", a genitive, the
# -ии is a surname's own genitive ("Сын Гоги Гвахарии").
def forename_told_last(words: list[str]) -> bool:
    """Whether a run of three ends in a first name in -ии after a woman's name: the one told."""
    last, hers = words[-1].lower(), all(w.endswith(("а", "я")) for w in words[:-1])
    return len(words) == 3 and hers and len(last) >= _SHORTEST and last.endswith("ии")
