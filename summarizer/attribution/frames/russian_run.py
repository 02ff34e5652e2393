"""The Russian name in a run of capitalised words at a cue: past the one told and the media."""

# "МИД Украины Павел Климкин", "— заявил Шойгу Путину", "цитирует Пескова ТАСС": Russian runs
# hold the name of the speaker with the one told (in the dative) and the medium quoting; the
# canonical form of such a run (canonical.py) keeps only the speaker's last two or three words.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames import foreign_dative as foreign
from summarizer.attribution.frames.initials import initials_and_surname
from summarizer.attribution.frames.name_parts import particle
from summarizer.attribution.frames.three_words import opens_told, whole_three
from summarizer.attribution.frames.told_women import forename_told_last, womans_dative
from summarizer.attribution.lexicon.cues import Cues

_PARTS = _data.load_toml("particles.toml")
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    part: {family: tuple(grammar.get(part, ())) for family, grammar in _PARTS.items()}
    for part in ("oblique_endings", "indeclinable_surnames", "indeclinable_endings")
}
_OBLIQUE, _FIXED, _INDECLINABLE = _ENDINGS.values()
_TOLD_PARTS = (
    "dative_surnames",
    "lone_surnames",
    "dative_after_consonant",
    "feminine_datives",
    "genitive_forenames",
    "adjectival_datives",
)
_TOLD: dict[str, list[tuple[str, ...]]] = {
    family: [tuple(grammar.get(part, ())) for part in _TOLD_PARTS]
    for family, grammar in _PARTS.items()
}
_SURNAME_LETTERS = 5  # a lone surname so shaped is no short East Asian surname ("Ли Шэнфу")
_TOLD_FORENAME = 2  # "Си", "Ли": a Chinese surname before a given name in the dative
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_LATIN = re.compile("[A-Za-z]")
_NAME_WORDS = 2  # a first name and a surname
_VOWELS = frozenset("аеёиоуыэюяaeiouy")


# "МИД Украины Павел Климкин": past the one told and the media, the last two or three words.
def russian_name(tokens: list[str], dotted: bool, cues: Cues) -> list[str]:
    """A Russian run's name: initials and surname as written, else the speaker's last words."""
    if initialled := initials_and_surname(tokens, dotted, cues.complement_endings):
        return initialled
    if told := opens_told(tokens):
        tokens = tokens[:-told]  # "Лавров Сергею Шойгу", "Волкова Петра (Смирнова)": the one told
    tokens = _speaker_words(tokens, cues)
    return _last_two(tokens, cues) if len(tokens) > 2 else tokens


# A particle inside the name is no word of its own: "Франции Шарль де Голль" -> "Шарль де Голль".
def _last_two(tokens: list[str], cues: Cues) -> list[str]:
    """A Russian name's last two words, three with a patronymic or an initial ("Игорь В.")."""
    words = [i for i in range(len(tokens)) if not particle(tokens, i, cues)]
    if len(words) < 3 or foreign.syllabic([tokens[i] for i in words]):
        return tokens  # "Ким Чен Ын": three syllables of one name
    if _told(tokens, words, cues):  # "Иван Петров Анне Смирновой": the subject, then the one told
        words, tokens = words[:-2], tokens[: words[-2]]
        if len(words) < _NAME_WORDS:
            return tokens  # "Лукашенко Ксении Собчак": a lone surname speaks
    if whole_three([tokens[i] for i in words[-3:]]):  # "Реджеп Тайип Эрдоган": one name
        return tokens[words[-3] :]
    middle = tokens[words[-2]].endswith(cues.patronymics) or len(tokens[words[-2]]) == 1
    return tokens[words[-3] :] if middle else tokens[words[-2] :]


# A name in the nominative ends in none of the short oblique endings; one in the dative
# or another oblique case ends in one of the longer list ("Смирновой", "Орлову"), its first
# name perhaps in none ("Джо Байдену").
def _told(tokens: list[str], words: list[int], cues: Cues) -> bool:
    """Whether the last two of four name words (three: `womans_dative`) are another's, oblique."""
    subject, told = [tokens[i] for i in words[-4:-2]], [tokens[i] for i in words[-2:]]
    hers = cues.family == "ru" and len(words) >= 3 and womans_dative(told, len(words) == 3)
    if len(words) < 4 and not hers:
        return False
    oblique = _OBLIQUE.get(cues.family, ())
    # "Сергей", "Андрей": a man's first name in -ей is nominative (a woman's oblique is "Марией")
    masculine = subject[0].endswith("ей") and not subject[0].endswith(cues.feminine_oblique)
    plain = masculine or not any(w.endswith(cues.oblique_endings) for w in subject)
    forename = told[0].endswith((*oblique, *_INDECLINABLE.get(cues.family, ())))
    # an undeclined surname takes its case from the first name's ending ("Никите Белых")
    fixed = told[0].endswith(oblique) and told[1].endswith(_FIXED.get(cues.family, ()))
    return bool(oblique) and plain and (hers or (forename and (told[1].endswith(oblique) or fixed)))


# An acronym, a word in Latin letters or one with lower-case parts is no word of a Russian name:
# the medium told or quoting ("цитирует Пескова ТАСС", "заявил Лавров Reuters", "Би-би-си").
def _speaker_words(tokens: list[str], cues: Cues) -> list[str]:
    """A Russian name run without the one told in the dative and without media's names."""
    cyrillic = any(_CYRILLIC.match(t) for t in tokens)
    named = foreign.untold_syllables([t for t in tokens if not _medium(t, cyrillic)] or tokens)
    adjectival = _TOLD.get(cues.family, [()] * len(_TOLD_PARTS))[-1]
    if all(t.endswith(adjectival) for t in named):
        return []  # "— сказал в интервью Первому каналу": the one told alone
    first = 1 if named[0].endswith(adjectival) else foreign.told_before(named)
    if len(named) > 1 and named[0][:1].isupper() and first:
        named = named[first:]  # "— сказал Жириновскому Лукашенко", "Блинкену Лавров": told first
    if len(named) > 1 and (_told_last(named, cues) or _undeclined(named, cues)):
        named = named[:-1]  # "Шойгу Путину": the one told last
        short = len(named) == _NAME_WORDS and len(named[-1]) <= _TOLD_FORENAME
        named = named[:-1] if short else named  # "Путин Си Цзиньпину": his surname is told too
    return named


def _undeclined(named: list[str], cues: Cues) -> bool:
    """Whether a Russian run is a surname and the undeclined one of the one told after it."""
    return cues.family == "ru" and len(named) == _NAME_WORDS and foreign.undeclined_told(*named)


def _medium(word: str, cyrillic: bool) -> bool:
    """Whether a word of a Russian name run names a medium, not a person."""
    lowered = any(part[:1].islower() for part in word.split("-")[1:])
    latin = cyrillic and _LATIN.match(word) is not None
    return (len(word) > 1 and word.isupper()) or lowered or latin


# A surname in the dative ends a name run after a cue ("— заявил Шойгу Путину"); so does a
# foreign surname in a consonant and -у after a word that can only be a surname ("Лавров
# Блинкену"); after a first name that ending is the surname's own ("Сергей Шойгу").
def _told_last(tokens: list[str], cues: Cues) -> bool:
    """Whether the last word of a Russian name run is a listener's surname in the dative."""
    dative, lone, after_consonant, feminine, forenames, _ = _TOLD.get(cues.family) or [()] * 6
    if _told(tokens, [i for i in range(len(tokens)) if not particle(tokens, i, cues)], cues):
        return False  # "Олег Зуев Вере Климовой": a full name told, cut off as a pair
    if cues.family == "ru" and forename_told_last(tokens):
        return True  # "Ирина Роднина Марии"
    last, before = tokens[-1], tokens[-2]
    if not (last[:1].isupper() and before[:1].isupper()) or len(last) <= 3:
        return False
    if last.endswith(dative):
        return True
    consonant = last[-2].lower() not in _VOWELS and last.endswith(after_consonant)
    # a woman's dative ends in no Chinese given name: a shorter surname will do ("Моро Климовой")
    letters = _SURNAME_LETTERS - (not consonant)
    alone = len(before) >= letters and before.endswith(lone) and not before.endswith(forenames)
    # a first name may end in a vowel too ("Николае Чаушеску", "Паулу Рангелу"): before a
    # consonant and -у only a surname's own ending makes the word a lone surname
    slavic = before[-1].lower() not in _VOWELS or before.endswith(("ова", "ева", "ёва", "ская"))
    # "Биньямин Нетаньяху" as "Путин Шойгу": -ин ends first names too, and a velar's -у a
    # surname's nominative; `told_pairs` reads the pair by the article
    consonant = consonant and not (before.endswith(("ин", "ын")) and last[-2].lower() in "гкх")
    return alone and ((consonant and slavic) or last.endswith(feminine))
