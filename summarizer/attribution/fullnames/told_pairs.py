"""Russian: two capitalised words after a verb-first cue, one name or a speaker and the one told."""

# "— сказала Анне Мария" may be "Anne Marie" or Мария telling Анна; "— сказал Путин Лукашенко"
# "Konstantin Lukashenko" or Путин telling Лукашенко; "— сказал Шольц Макрону" "Jair Bolsonaro"'s
# shape. No list of first names tells them apart; the article may: the first word's nominative
# written elsewhere ("Анна") makes it a dative, the second word written after another name
# ("Александр Лукашенко") someone else's surname, the pair written elsewhere one name. With none
# of these the pair stays as written, never sure. A case ending no nominative name has
# ("Игорю", "Марии", "Ивановой") decides by itself (`told_cases`, `fixR25`).

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.foreign_dative import DECLINED, UNDECLINED, foreign_dative
from summarizer.attribution.frames.told_cases import NOMINATIVE_A, either_told, split_by_case
from summarizer.attribution.fullnames.told_runs import disagreeing

_SURNAME_IN = ("ин", "ын")  # "Путин", "Константин": a surname or a man's first name
_SHORTEST = 3  # "Юля"; "Ли", "Ю": too short to tell


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
    read: dict[str, tuple[str, bool] | None] = {}
    words: frozenset[str] = frozenset()
    kept = []
    for one in (disagreeing(text, each) for each in found):
        pair, cue = one.speaker or "", one.cue or ""
        after = one.cue_at >= 0 and one.mention_at > one.cue_at and one.mention == pair
        if not (after and pair.count(" ") == 1 and cue.endswith(("л", "ла"))):
            kept.append(one)
            continue
        if pair not in read:
            words = words or frozenset(re.findall(r"\w+", text))
            read[pair] = _decided(text, pair, cue, words)
        decided = read[pair]
        if decided is None:
            kept.append(one)
        else:
            speaker, sure = decided
            kept.append(replace(one, speaker=speaker, sure=one.sure and sure))
    return tuple(kept)


def _decided(text: str, pair: str, cue: str, words: frozenset[str]) -> tuple[str, bool] | None:
    """The speaker of a pair after a cue and whether it stays sure, or None (as it was)."""
    if text.count(pair) > 1:
        return None  # "Анне Мария Берг живёт в Осло": one name
    first, second = pair.split()
    by_case = split_by_case(first, second, cue, words)
    if by_case is not None:
        return by_case
    if not _shape(first, second, cue):
        return (pair, False) if either_told(first, second, cue) else None
    speaker = _read(text, pair)
    return (speaker, True) if speaker else (pair, False)
