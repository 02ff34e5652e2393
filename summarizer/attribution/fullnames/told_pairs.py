"""Russian: two capitalised words after a verb-first cue, one name or a speaker and the one told."""

# "— сказала Анне Мария" may be "Anne Marie" or Мария telling Анна; "— сказал Путин Лукашенко"
# "Konstantin Lukashenko" or Путин telling Лукашенко; "— сказал Шольц Макрону" "Jair Bolsonaro"'s
# shape. No list of first names tells them apart; the article may: the first word's nominative
# written elsewhere ("Анна") makes it a dative, the second word written after another name
# ("Александр Лукашенко") someone else's surname, the pair written elsewhere one name. With none
# of these the pair stays as written, never sure. A case ending no nominative name has
# ("Игорю", "Марии", "Ивановой") decides by itself (`told_cases`, `fixR25`).

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.foreign_dative import DECLINED, UNDECLINED, foreign_dative
from summarizer.attribution.frames.told_cases import (
    NOMINATIVE_A,
    VOWEL_LETTERS,
    either_told,
    her_first_name,
    his_after_unknown,
    split_by_case,
)
from summarizer.attribution.fullnames.told_runs import disagreeing
from summarizer.attribution.lexicon.russian_names import RU

_SURNAME_IN = ("ин", "ын")  # "Путин", "Константин": a surname or a man's first name
_SHORTEST = 3  # "Юля"; "Ли", "Ю": too short to tell
_CASES = ("", "а", "у", "ом", "ым", "е")  # "Путин", "Путина", "Путину": a consonant's cases
_OWNER = ("и", "ы")  # "Чечни", "России": a place's genitive before a title, no first name
_UNCASED_ENDS = VOWEL_LETTERS | {"й", "ь"}  # "Мадуро", "Сергей": matched as written only
_NO_NAMES = frozenset(RU["adverbs"] + RU["relational_titles"])  # "Позже", "Глава" open a sentence
# "Затем Кадыров", "Президент Кадыров": a word that opens a sentence before the surname, no name
_OPENERS = frozenset(RU["sentence_openers"] + _data.load_toml("cues.toml")["ru"]["titles"])
_LEAD = 40  # how far before a pair the word before it is read
_PATRONYMIC = ("ович", "евич", "овна", "евна", "ична")  # "Рамзан Ахматович Кадыров": one man


def _shape(first: str, second: str, cue: str) -> str:
    """Which doubtful pair two words after a cue make: "his" (a man's surname or first name, then
    an undeclined or foreign dative word), or ""."""
    if min(len(first), len(second)) < _SHORTEST or not cue.endswith("л"):
        return ""
    undeclined = first.endswith(_SURNAME_IN) and second.endswith(UNDECLINED)
    foreign = first[-1].lower() in DECLINED | set(NOMINATIVE_A) and foreign_dative(second)
    return "his" if undeclined or foreign else ""


def _read(text: str, pair: str) -> str | None:
    """The speaker the article shows in a doubtful pair (one word of it), or None (unsure)."""
    first, second = pair.split()
    others = re.finditer(rf"(?<![\w-])([А-ЯЁ]\w*) {re.escape(second)}(?![\w-])", text)
    return first if any(m.group(1) != first for m in others) else None


def unsure_pairs(
    text: str, found: Sequence[Attribution], cues_family: str
) -> tuple[Attribution, ...]:
    """`found`, each doubtful Russian pair at a verb-first cue read by the article, else unsure."""
    if cues_family != "ru":
        return tuple(found)
    read: dict[tuple[str, bool], tuple[str, bool] | None] = {}
    words: frozenset[str] = frozenset()
    kept = []
    for one in (disagreeing(text, each) for each in found):
        pair, cue = one.speaker or "", one.cue or ""
        after = one.cue_at >= 0 and one.mention_at > one.cue_at and one.mention == pair
        if not (after and pair.count(" ") == 1 and cue.endswith(("л", "ла"))):
            kept.append(one)
            continue
        # "— отметил аналитик Семен Гуров": a role's name in apposition, no pair of two people
        key = (pair, text[max(0, one.mention_at - _LEAD) : one.mention_at].split()[-1:] == [cue])
        if key not in read:
            words = words or frozenset(re.findall(r"\w+", text))
            read[key] = _decided(text, pair, cue, words, bare=key[1])
        decided = read[key]
        if decided is None:
            kept.append(one)
        else:
            speaker, sure = decided
            kept.append(replace(one, speaker=speaker, sure=one.sure and sure))
    return tuple(kept)


def _decided(
    text: str, pair: str, cue: str, words: frozenset[str], *, bare: bool = True
) -> tuple[str, bool] | None:
    """The speaker of a pair after a cue and whether it stays sure, or None (as it was)."""
    if text.count(pair) > 1:
        return None  # "Анне Мария Берг живёт в Осло": one name
    first, second = pair.split()
    if her_first_name(first, second, cue) and not _apart(text, first, second, words):
        return None  # "— сказала Айгерим Нурланова": one name, as "Рамзан Кадыров"
    by_case = split_by_case(first, second, cue, words)
    if by_case is not None:
        return by_case
    if not _shape(first, second, cue):
        told = either_told(first, second, cue) and _apart(text, first, second, words)
        unknown = (
            bare and his_after_unknown(first, second, cue) and not _joined(text, first, second)
        )
        told = told or unknown  # "Меркель Путин" alone: either may tell the other
        return (pair, False) if told else None
    speaker = _read(text, pair)
    return (speaker, True) if speaker else (pair, False)


# "Рамзана Кадырова встретили", "Рамзан Ахматович Кадыров": the first word declined with the
# second, or before a patronymic, is the same man's first name (the pair is one name). Looked up
# in sets read once per text: no scan of a word's followers for each pair.
def _joined(text: str, first: str, second: str) -> bool:
    """Whether the article writes the first word declined before the second, or a patronymic."""
    _, _, pairs, fathered = _neighbours(text)
    stem = second if second[-1].lower() not in _UNCASED_ENDS else second[:-1]
    declined = (f"{form} {stem}{end}" for form in _forms(first)[1:] for end in _CASES)
    return first in fathered or any(pair in pairs for pair in declined)


def _forms(word: str) -> tuple[str, ...]:
    """A word's case forms: a consonant's endings, else the word as written."""
    ends = ("",) if word[-1].lower() in _UNCASED_ENDS else _CASES
    return tuple(word + end for end in ends)


_TOKEN = re.compile(r"[\w-]+")
_NEXT = re.compile(r" (\w+)")
_CAPITAL = re.compile(r"[А-ЯЁ]\w*")
_Neighbours = tuple[dict[str, list[str]], dict[str, list[str]], frozenset[str], frozenset[str]]


# Read once per text: each pair of a long Russian article asks about its own words, and a scan of
# the whole text per pair grew with the square of the text (review of session 24).
@functools.lru_cache(maxsize=8)
def _neighbours(text: str) -> _Neighbours:
    """Each word with the words written after it (one space on) and the capitalised ones before;
    every two words written one space apart, and the words written before a patronymic."""
    after: dict[str, list[str]] = defaultdict(list)
    before: dict[str, list[str]] = defaultdict(list)
    last, last_end = "", -1
    for match in _TOKEN.finditer(text):
        word = match.group()
        follower = _NEXT.match(text, match.end())
        after[word].append(follower.group(1) if follower else "")
        if last_end == match.start() - 1 and text[last_end] == " " and _CAPITAL.fullmatch(last):
            before[word].append(last)
        last, last_end = word, match.end()
    pairs = frozenset(f"{word} {next_}" for word, nexts in after.items() for next_ in nexts)
    fathered = frozenset(
        w for w, nexts in after.items() if any(n.lower().endswith(_PATRONYMIC) for n in nexts)
    )
    return after, before, pairs, fathered


# "— сказал Мадуро Лукашенко" may be one name at its first mention ("Николае Чаушеску", "Рамзан
# Кадыров") or Мадуро telling Лукашенко. The article tells: the first word written with no form
# of the second after it ("Николас Мадуро", "Мадуро и Лукашенко"), or the second after another
# capitalised word that may be a first name ("Александр Лукашенко"; not "Петра Порошенко" of
# "Петро", a title's owner "глава Чечни Кадыров", nor "Позже Кадыров"). The second written
# alone is no evidence: a full name's later mentions are its surname ("Кадыров уехал").
def _apart(text: str, first: str, second: str, words: frozenset[str]) -> bool:
    """Whether the article writes either of two words as a surname apart from the other."""
    after, before, _, _ = _neighbours(text)
    for follower in (w for form in _forms(first) for w in after.get(form, ())):
        same = follower[: len(second) - 1] == second[:-1]  # "Мадуро Лукашенко" written again
        if not same and not follower.lower().endswith(_PATRONYMIC):
            return True
    others = (w for form in _forms(second) for w in before.get(form, ()))
    return any(_another(word, first, words) for word in others)


def _another(word: str, first: str, words: frozenset[str]) -> bool:
    """Whether a capitalised word may be a first name other than `first` (in any case)."""
    lower = word.lower()  # "Позже", "Президент": a word the article writes in lower case too
    common = lower in _NO_NAMES or lower in words or word.endswith(_OWNER)
    common = common or lower in _OPENERS or lower.endswith(_PATRONYMIC)  # "Рамзан Ахматович"
    return word[: len(first) - 1] != first[:-1] and not common
