"""Russian: the capitalised genitive after a role ("глава МИД Украины", "премьер Словакии")."""

from __future__ import annotations

from collections.abc import Container

from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.words import head_before

_SHORT_NAME = 3  # "Ли": too short for a surname's ending
_NAME_WORDS = 2
_ROLE_REACH = 3  # "глава правительства Италии": a role and up to two lower-case words after it
_PLACE = ("ии", "ы")  # "Италии", "Словакии", "Украины": no nominative first name ends so


# "Президент Франции Макрон", "Директор ЦРУ Бернс", "Глава Сбербанка Греф"; "Министр Анна Попова".
def genitive_complement(tokens: list[str], cues: Cues) -> int:
    """Past an acronym or a genitive (-а, -я only before no woman's surname) opening `tokens`
    after lower-case words ("правительства Италии Мелони"), else 0."""
    lower = next((i for i, token in enumerate(tokens) if token[:1].isupper()), 0)
    if not cues.patronymics or len(tokens) - lower != 2 or len(tokens[lower]) < 2:
        return 0
    first, name = tokens[lower:]
    ends = ("ы", "и") if name.endswith(("а", "я")) else ("ы", "и", "а", "я")
    return lower + 1 if first.isupper() or first.endswith(ends) else 0


# "— сказал премьер Словакии Фицо", "министр экономики Италии Джорджетти": a genitive in -ии, -ы
# or an acronym between a role and one word is the role's complement, never a first name.
def role_leads(lead: list[str], titles: Container[str]) -> bool:
    """Whether `lead` ends in a role noun and at most two lower-case words after it."""
    return head_before(lead, titles, _ROLE_REACH)


def surname_form(word: str, cues: Cues) -> bool:
    """Whether a word after a role has a man's surname's ending ("Петров", "Зеленский")."""
    return len(word) > _SHORT_NAME and word.lower().endswith(cues.surname_endings)


# "Минфина", "России", "МИД": a genitive or an acronym, the role's complement before its name.
def complement_form(word: str, cues: Cues) -> bool:
    """Whether a capitalised word between a role and a surname is the role's complement."""
    return word.isupper() or word.endswith(cues.complement_endings)


def past_genitive(words: list[str], cues: Cues) -> bool:
    """Whether the last of words after a role is its name: a man's surname by its form ("глава
    Минфина Петров"), or any word after places' genitives and acronyms ("МИД Украины Кулеба")."""
    surname = surname_form(words[-1], cues)
    return complement_form(words[-2], cues) and (surname or all(map(_place, words[:-1])))


def _place(word: str) -> bool:
    """Whether a capitalised word is a place's genitive or an acronym, never a first name."""
    return (len(word) > 1 and word.isupper()) or word.lower().endswith(_PLACE)


def past_place(found: Mention, cues: Cues) -> Mention:
    """A name mention after a role without the role's genitive or acronym (`past_genitive`)."""
    words = found.words.split()
    if len(words) < _NAME_WORDS or not past_genitive(words, cues):
        return found
    at = found.at + found.words.rfind(words[-1])
    return Mention(words[-1], found.kind, found.cue, at, found.cue_at, found.sure)
