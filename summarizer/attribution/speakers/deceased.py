"""A person reported dead just before is no one a later "he said" stands for."""
# "Ann Roe's husband, Tom Hale, died Monday. “We will miss him,” he said": nobody, not Hale. Only
# where the name is the death verb's subject ("Tom Hale, 64, died", "Hale, who died"): "Tom Hale,
# whose wife died Monday, spoke" and "Tom Hale's son died" leave him the speaker.

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from summarizer import _data
from summarizer.attribution.frames.subjects import last_sentence
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of

_REACH = 600  # how far back the sentence before is looked for: bounded, linear
_FORENAME = 30  # characters before a surname in which another person's forename is looked for
_CLAUSE = 80  # characters either side of a pronoun read for its clause's time
_CLAUSE_END = re.compile(r"[.!?:\n“”\"«»]")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_WORD = re.compile(r"\w+")


@functools.cache
def _deaths(family: str) -> dict[str, Any]:
    """The language's death verbs, the adverbs that deny them and the words that date speech."""
    found: dict[str, Any] = _data.load_toml("deaths.toml").get(family, {})
    return found


@functools.cache
def _death(family: str) -> re.Pattern[str] | None:
    """A death verb right after its subject's name: an age, "who" or an adverb may stand between."""
    verbs = _deaths(family).get("verbs", [])
    if not verbs:
        return None
    said = "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in verbs)
    hedges = "|".join(map(re.escape, _deaths(family).get("hedges", []))) or r"(?!)"
    adverb = rf"(?:(?!(?:{hedges})\s)\w+ly\s+)?"  # "suddenly died"; not "nearly died"
    return re.compile(rf",?\s*(?:\d+,\s*|who\s+)?{adverb}(?:{said})\b")


# `living` finds the sentences' start once per pronoun, not once per candidate it tests.
def reported_dead(
    text: str, found: str, sentences: tuple[int, int], cues: Cues, gender: str | None = None
) -> bool:
    """Whether `sentences` (the one holding their end and the one before) report `found` dead."""
    death = _death(cues.family)
    if death is None:
        return False
    begin, end = sentences
    surname = re.compile(rf"\b{re.escape(found.split()[-1])}\b")
    hits = surname.finditer(text, begin, end)
    named = (hit for hit in hits if _names(text, hit, found, cues, gender))
    return any(death.match(text, hit.end(), end) for hit in named)


# "Mr. Roe died … she said": a title before the surname is its holder's, the speaker only where
# the title's gender is the pronoun's ("Mr. Hale died … he said"); "Dr. Hale", "Sgt. Roe" mark
# none, so they are taken for a relative who shares the surname.
def _names(text: str, hit: re.Match[str], found: str, cues: Cues, gender: str | None) -> bool:
    """Whether the surname at `hit` is `found`'s: written in full, or after no other forename."""
    if text.endswith(found, 0, hit.end()):
        return True
    before = text[max(0, hit.start() - _FORENAME) : hit.start()].split()
    word = before[-1] if before else ""
    if word[:1].isupper() and word.endswith(".") and word.lower() in cues.titles:
        return gender is not None and gender_of(word[:-1], cues) == gender
    return not word or not word[:1].isupper() or word[-1:] in ".,;:"


# An obituary quotes the dead person's own words from before: "“…,” he told The Review in
# 2010", "In a 2010 interview, he said", "he once said". A year or a dated word in the pronoun's
# own clause (to a stop, a colon or a quotation mark) sets the speech in the past.
def _dated(text: str, at: int, family: str) -> bool:
    """Whether the clause of the pronoun at `at` sets its speech in the past."""
    after = _CLAUSE_END.search(text, at, at + _CLAUSE)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, max(0, at - _CLAUSE), at)]
    clause = text[
        ends[-1] if ends else max(0, at - _CLAUSE) : after.start() if after else at + _CLAUSE
    ]
    dated = set(_deaths(family).get("dated", []))
    return bool(_YEAR.search(clause)) or any(w in dated for w in _WORD.findall(clause.lower()))


def living(
    text: str, mention: Mention, context: tuple[int, int], cues: Cues
) -> Callable[[str | None], bool] | None:
    """For a pronoun, the test its speaker must pass: not reported dead before the quotation."""
    if mention.kind != "pronoun" or _death(cues.family) is None:
        return None
    if _dated(text, mention.at, cues.family):  # "he said in 2010": his own words, from before
        return None
    end = min(mention.at, context[1])  # the quotation's start, or the pronoun's before it
    gender = gender_of(mention.words, cues)
    sentences = (last_sentence(text, (max(0, end - _REACH), end), cues), end)
    return lambda found: not found or not reported_dead(text, found, sentences, cues, gender)
