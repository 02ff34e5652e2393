"""A Russian surname alone before a past verb of its gender: a person a pronoun may stand for."""

# "Песков отказался комментировать ситуацию. «…», — сказал он журналистам": the surname's ending
# and its verb's ending agree in gender, so the word is a nominative subject, a man. A place or a
# noun for people may end so too ("Киев отказался", "Гражданин отказался", "Женщина отказалась"):
# a word the article also writes in lower case, in quotation marks or after a preposition of place
# ("в Киеве"), or with a noun's ending, is no person.

from __future__ import annotations

import bisect
import functools
import re

from summarizer.attribution.frames.opening_place import past_opening
from summarizer.attribution.frames.subjects import cue_follows
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.russian_names import GENDERED_SURNAMES, RU

_BY_GENDER = GENDERED_SURNAMES
_NOUNS = tuple(RU["noun_endings"])
_KIN = frozenset(RU["kin"])  # "Вдова отказалась": kin, no surname
_PLACES = frozenset(RU["place_prepositions"])
_WORD = re.compile(r"\w+")
_SKIPPED = 2  # words between the surname and its verb: "Песков также не стал"
_SHORT = 4  # letters: "Лов" is no surname
_MARKS = frozenset('«„"“')
_CLAUSE = re.compile(r"[ \t]+[^\W\d_][^,.;:!?«»„“\"—–()\n-]{0,60}")


# "Песков отказался …": a subject by its Russian ending and its verb's, with no cue after it.
def lone_subject(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a lone name is a subject by the cue after it, or by its ending and its verb's."""
    name = past_opening(run.group(), cues)  # "В Кремле Песков": Песков
    at = run.end() - len(name)
    return cue_follows(text, run, cues) or bool(lone_gender(text, at, name, cues))


def lone_gender(text: str, at: int, word: str, cues: Cues) -> str | None:
    """The gender of the lone surname `word` at `at` that its past verb agrees with, or None."""
    if cues.family != "ru" or len(word) < _SHORT or not word[:1].isupper() or not word.isalpha():
        return None
    found = [(g, verbs, e) for g, ends, verbs in _BY_GENDER for e in ends if word.endswith(e)]
    if not found or word.lower().endswith(_NOUNS) or word.lower() in _KIN:
        return None
    gender, verbs, ending = found[0]  # the feminine first: "Кириллова" is no "-ов"
    clause = _CLAUSE.match(text, at + len(word))  # up to a comma, a dash or a mark
    after = clause.group().split()[: _SKIPPED + 1] if clause else []
    verb = next((w for w in after if w.lower() not in _skipped(cues)), "")
    if not verb.islower() or not verb.endswith(verbs):
        return None  # "Песков, пресс-секретарь, сказал", "Ростов-на-Дону": not read here
    return None if _elsewhere(text, word[: len(word) - len(ending)] + ending[:2]) else gender


@functools.lru_cache(maxsize=8)
def _skipped(cues: Cues) -> frozenset[str]:
    """The words between a subject and its verb that a lone surname's verb is read past."""
    return frozenset(cues.skip) | frozenset(cues.negations)


# "Киев … в Киеве", "Женщина … женщина": each word of the text sorted once, so that a form of a
# word is found by its stem in logarithmic time, and each stem read once (a text of one surname
# written many times stays linear).
@functools.lru_cache(maxsize=256)
def _elsewhere(text: str, stem: str) -> bool:
    """Whether a word of `stem` stands in lower case, in marks or after a place's preposition."""
    words = _words(text)
    lower = stem.lower()
    first = bisect.bisect_left(words, (lower,))
    for word, written, before in words[first:]:
        if not word.startswith(lower):
            return False
        if not written[:1].isupper() or before in _PLACES or before in _MARKS:
            return True
    return False


@functools.lru_cache(maxsize=2)
def _words(text: str) -> list[tuple[str, str, str]]:
    """Each word of `text` in lower case, as written, and the word or mark right before it."""
    found = []
    for match in _WORD.finditer(text):
        lead = text[max(0, match.start() - 12) : match.start()].rstrip(" ")
        mark = lead[-1:] if lead[-1:] in _MARKS else ""
        before = mark or (_WORD.findall(lead)[-1:] or [""])[0].lower()
        found.append((match.group().lower(), match.group(), before))
    return sorted(found)


# "Ann Cole and Ben Ruiz met": either one. "Иван Петров пришёл в суд. Песков отказался …": a
# surname known only by its ending stands for the pronoun only as the one person of its gender in
# reach (`people` are those the pronoun may stand for).
def crowded(text: str, people: list[tuple[str, str | None, int]], cues: Cues) -> bool:
    """Whether the last subject is one of two joined, or a lone surname with others in reach."""
    if len(people) > 1 and people[-1][2] == people[-2][2]:
        return True
    name, _, at = people[-1] if people else ("", None, 0)
    if " " in name or not text.startswith(name, at) or not lone_gender(text, at, name, cues):
        return False
    return any(other != name for other, _, _ in people)
