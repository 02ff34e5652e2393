"""Russian: two capitalised words after a verb-first cue, one name or a speaker and the one told."""

# "— сказала Анне Мария" may be "Anne Marie" or Мария telling Анна; "— сказал Путин Лукашенко"
# "Konstantin Lukashenko" or Путин telling Лукашенко; "— сказал Шольц Макрону" "Jair Bolsonaro"'s
# shape. No list of first names tells them apart; the article may: the first word's nominative
# written elsewhere ("Анна") makes it a dative, the second word written after another name
# ("Александр Лукашенко") someone else's surname, the pair written elsewhere one name. With none
# of these the pair stays as written, never sure.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.foreign_dative import foreign_dative

_RU = _data.load_toml("particles.toml")["ru"]
_UNDECLINED = tuple(_RU["indeclinable_endings"] + _RU["indeclinable_surnames"])
_DECLINED = frozenset(_RU["declined_consonants"])
_SURNAME_IN = ("ин", "ын")  # "Путин", "Константин": a surname or a man's first name
_DATIVE_E = "е"  # "Анне", "Ольге": a woman's dative of a name in -а, -я, or a name as written
_NOMINATIVE_A = ("а", "я")  # a woman's first name in the nominative
_SHORTEST = 3  # "Юля"; "Ли", "Ю": too short to tell


def _shape(first: str, second: str, cue: str) -> str:
    """Which doubtful pair two words after a cue make: "her" (a woman's dative first), "his" (a
    man's surname or first name, then an undeclined or foreign dative word), or ""."""
    if min(len(first), len(second)) < _SHORTEST:
        return ""
    if cue.endswith("ла"):
        told = first.endswith(_DATIVE_E) and second.endswith(_NOMINATIVE_A)
        return "her" if told else ""
    if not cue.endswith("л"):
        return ""
    undeclined = first.endswith(_SURNAME_IN) and second.endswith(_UNDECLINED)
    foreign = first[-1].lower() in _DECLINED and foreign_dative(second)
    return "his" if undeclined or foreign else ""


def _read(text: str, pair: str, shape: str, words: frozenset[str]) -> str | None:
    """The speaker the article shows in a doubtful pair: one word, the pair, or None (unsure)."""
    if text.count(pair) > 1:
        return pair  # "Анне Мария Берг живёт в Осло": one name
    first, second = pair.split()
    if shape == "her":
        dative = any(first[:-1] + end in words for end in _NOMINATIVE_A)
        return second if dative else None
    others = re.finditer(rf"(?<![\w-])([А-ЯЁ]\w*) {re.escape(second)}(?![\w-])", text)
    return first if any(m.group(1) != first for m in others) else None


def unsure_pairs(
    text: str, found: Sequence[Attribution], cues_family: str
) -> tuple[Attribution, ...]:
    """`found`, each doubtful Russian pair at a verb-first cue read by the article, else unsure."""
    if cues_family != "ru":
        return tuple(found)
    read: dict[tuple[str, str], str | None] = {}
    words: frozenset[str] = frozenset()
    kept = []
    for one in found:
        pair, cue = one.speaker or "", one.cue or ""
        after = one.cue_at >= 0 and one.mention_at > one.cue_at and one.mention == pair
        first, _, second = pair.partition(" ")
        shape = _shape(first, second, cue) if after and pair.count(" ") == 1 else ""
        if not shape:
            kept.append(one)
            continue
        if (pair, shape) not in read:
            words = words or frozenset(re.findall(r"\w+", text))
            read[pair, shape] = _read(text, pair, shape, words)
        speaker = read[pair, shape]
        kept.append(replace(one, speaker=speaker) if speaker else replace(one, sure=False))
    return tuple(kept)
