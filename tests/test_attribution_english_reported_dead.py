"""A person the text has just reported dead is not the "he" of a later speech act (own
sentences; no corpus text)."""

from __future__ import annotations

import pytest

from tests.quoted import english_speakers


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe's husband, former senator Tom Hale, died Monday. “We will miss him,” he said.",
        "Tom Hale died Monday. “We will miss him. He was kind,” he said.",
        "Tom Hale, 64, died Monday. He said: “We will miss him.”",
        "Tom Hale was killed in a crash. “It should not have happened,” he said.",
        "Tom Hale, who passed away in May, built the school. “He was proud of it,” he said.",
        "Tom Hale was found dead at home. “We are shocked,” he said.",
    ],
)
def test_the_one_just_reported_dead_is_not_the_pronoun(text: str) -> None:
    assert english_speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, whose wife died Monday, spoke. “We will miss her,” he said.",
        "Tom Hale said his wife, who died Monday, was kind. “We will miss her,” he said.",
        "Tom Hale said Ann Roe died Monday. “We will miss her,” he said.",
        "Tom Hale spoke at the funeral. “We will miss her,” he said.",
    ],
)
def test_one_who_did_not_die_stays_the_pronoun(text: str) -> None:
    assert english_speakers(text) == ["Tom Hale"]


def test_a_death_two_sentences_back_is_out_of_reach() -> None:
    text = "Tom Hale's father died in 1990. Tom Hale took over the farm. “It was hard,” he said."
    assert english_speakers(text) == ["Tom Hale"]


def test_a_namesake_s_death_is_not_hers() -> None:
    text = "Ann Hale spoke Monday. Her husband Tom Hale died in May. “We will miss him,” she said."
    assert english_speakers(text) == ["Ann Hale"]


def test_a_lone_surname_after_a_stop_is_the_one_who_died() -> None:
    text = "Tom Hale ran the farm. Monday, Hale died. “We will miss him,” he said."
    assert english_speakers(text) == [None]
