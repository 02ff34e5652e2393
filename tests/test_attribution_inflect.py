"""Derived cue forms: stems grouped by first letter match exactly what a plain alternation does."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.inflect import _any
from summarizer.attribution.lexicon.merged import after_own

_STEMS = ["сказа", "сообщи", "сообща", "заяви", "заявля", "подчеркну", "Отмети", "по словам"]
_TEXT = "Сказала она, сообщал он, ЗАЯВИЛИ они; отметил, подчеркнули, по словам, заявлялась, сказ"


def _plain(words: list[str]) -> str:
    """The alternation before grouping: every word, longest first."""
    return "(?:" + "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True)) + ")"


def test_grouped_stems_match_what_the_plain_alternation_matches() -> None:
    endings = "(?:ла|ли|л)(?!\\w)"
    grouped = re.compile(rf"(?<!\w){_any(_STEMS)}{endings}", re.IGNORECASE)
    plain = re.compile(rf"(?<!\w){_plain(_STEMS)}{endings}", re.IGNORECASE)
    found = [m.group() for m in grouped.finditer(_TEXT)]
    assert found == [m.group() for m in plain.finditer(_TEXT)]
    assert found == ["Сказала", "сообщал", "ЗАЯВИЛИ", "отметил", "подчеркнули"]


def test_grouped_stems_match_no_word_outside_the_list() -> None:
    grouped = re.compile(rf"(?<!\w){_any(_STEMS)}(?:ла|ли|л)(?!\w)", re.IGNORECASE)
    assert grouped.search("написал, ответила, сказ, заявлялась") is None
    assert _any([]) == ""


# Read ignoring case, words that differ in case share one branch of the prefix tree: the longest
# fits first, as in the plain alternation ("Отмети" is not tried to the end before "отметила").
def test_grouped_stems_in_either_case_match_longest_first() -> None:
    grouped = re.compile(rf"(?:{_any(['Отмети', 'отметила', 'Заяв'])})", re.IGNORECASE)
    assert [m.group() for m in grouped.finditer("ОТМЕТИЛА, отмети, заявил")] == [
        "ОТМЕТИЛА",
        "отмети",
        "заяв",
    ]


# The lexeme modules' one shared step: the hand list as it is, then each derived form it lacks.
def test_derived_forms_join_after_the_hand_list_once() -> None:
    own = ["sagte", "rief", "sagte"]
    assert after_own(own, ["rief", "meinte", "meinte", "fand"]) == [*own, "meinte", "fand"]
