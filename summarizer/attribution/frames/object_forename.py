"""Russian: a man's first name in the genitive or accusative opens the one asked, not a speaker."""
# "«…», — спросила Ирина Волкова Петра Смирнова": after a cue the subject comes first, then the
# one the verb governs. A known man's first name in the genitive or accusative ("Петра",
# "Игоря", "Сергея") is never a subject, so the words from it on are the one asked or warned;
# only after a full name of two words ("директор Музея Петра Великого" stays as it was).

from __future__ import annotations

import re

from summarizer.attribution.lexicon.russian_names import EITHER, HER_NAMES, HIS_IN_A, MENS

# the regular forms: "Петр" -> "Петра", "Игорь" -> "Игоря", "Сергей" -> "Сергея"; and the two
# whose vowel drops ("Павел" -> "Павла", "Лев" -> "Льва")
_MENS_OBJECTS = frozenset(
    {
        name[:-1] + "я" if name.endswith(("ь", "й")) else name + "а"
        for name in MENS
        if not name.endswith(("а", "я")) and "ё" not in name and name not in ("Павел", "Лев")
    }
    | {"Павла", "Льва"}
)
_SUBJECT_WORDS = 2  # the subject's full name before the one asked


def object_forename(tokens: list[str]) -> bool:
    """Whether a run's last two words open with a man's first name in the genitive or accusative,
    after two words or more of the subject's."""
    return len(tokens) >= _SUBJECT_WORDS + 2 and tokens[-2] in _MENS_OBJECTS


# "— спросила Ирина Волкова Петра", "— ответил Игорь Волков Анне": the one asked or answered by
# first name alone. A known first name in an oblique case (a man's genitive, accusative or
# dative; a woman's in -у, -ю, -е, -ы, -и of her name in -а, -я) ends no speaker's full name.
_HER_ENDS = ("у", "ю", "е", "ы", "и")
_OBLIQUE_MENS = _MENS_OBJECTS | {
    name[:-1] + "ю" if name.endswith(("ь", "й")) else name + "у"
    for name in MENS
    if not name.endswith(("а", "я"))
}


def _oblique_forename(word: str) -> bool:
    """Whether a word is a known first name in a case no subject takes."""
    lower = word.lower()
    in_a = lower.endswith(_HER_ENDS) and any(lower[:-1] + a in HER_NAMES | HIS_IN_A for a in "ая")
    return word in _OBLIQUE_MENS or (in_a and word[:1].isupper())


def told_words(tokens: list[str]) -> int:
    """How many of a run's last words are the one told or asked: two from a first name in an
    oblique case after a full name (`object_forename`), one for a first name alone."""
    if object_forename(tokens):
        return 2
    return 1 if len(tokens) == _SUBJECT_WORDS + 1 and _oblique_forename(tokens[-1]) else 0


# "Олега Карпова обвинила Анна Белова: «…»": a run before a cue that opens with a man's first
# name in the genitive or accusative is the verb's object (the subject follows the verb), never
# its subject; not a form a woman's name shares ("Александра", "Яна", "Евгения").
def object_before(words: list[str]) -> bool:
    """Whether a run of two words or more before a cue opens with a man's first name in an
    oblique case that no woman's name in the nominative shares."""
    return (
        len(words) >= _SUBJECT_WORDS
        and words[0] in _MENS_OBJECTS
        and words[0].lower() not in HER_NAMES | EITHER
    )


# "Илью Орлова спросила Анна Белова: «…»": a first name in the nominative right after the cue,
# of the gender its past ending marks, is the subject after the verb, so the run before is its
# object, whatever case that run's name is in. Not a name a man's oblique form shares
# ("Александра") nor one either sex bears ("Саша").
_NEXT = re.compile(r"[ \t]+([А-ЯЁ][а-яё]+)(?=[ \t]+[А-ЯЁ]|[ \t]*:)")


def subject_after(text: str, end: int) -> bool:
    """Whether a Russian cue ending at `end` is followed by a first name in the nominative that
    agrees with its gender: the cue's subject after it."""
    found = _NEXT.match(text, end)
    if found is None:
        return False
    name, verb = found.group(1), text[max(0, end - 4) : end]
    if name in _OBLIQUE_MENS or name.lower() in EITHER:
        return False
    if name.lower() in HER_NAMES:
        return not verb.endswith(("л", "лся"))  # a feminine or a present verb
    return name in MENS and not verb.endswith(("ла", "лась", "ли", "лись"))
