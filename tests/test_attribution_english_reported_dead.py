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


@pytest.mark.parametrize(
    "text",
    [
        # a title before the surname is its holder's, here another man than the woman speaking
        "Ann Roe said Mr. Roe died in May. “I still set two plates,” she said.",
        "Ann Roe's husband, Dr. Roe, died Monday. “He was my best friend,” she said.",
        "Ann Roe's son, Sgt. Roe, was killed in Iraq. “He was 22,” she said.",
        # not dead
        "Ann Roe nearly died in the fire. “I tried to get out,” she said.",
        "Ann Roe almost died in the fire. “I tried to get out,” she said.",
        "Ann Roe was nearly killed in the crash. “I was lucky,” she said.",
        # the dead woman's own words, dated in the past: an obituary quotes her
        "Ann Roe died Monday at 88. “I never planned a book,” she told The Review in 2010.",
        "Ann Roe died Monday at 88. In a 2010 interview, she said: “I never planned a book.”",
        "Ann Roe, who died Monday, was 88. “I never planned a book,” she once said.",
        "Ann Roe died in 2019. “It is my home,” she said in 2015.",
    ],
)
def test_the_speaker_stays_the_one_named(text: str) -> None:
    assert english_speakers(text) == ["Ann Roe"]


@pytest.mark.parametrize(
    "text",
    [
        # a title that agrees with the pronoun: the same man, dead
        "Tom Hale ran the clinic. Mr. Hale died Monday. “We will miss him,” he said.",
        # a lone surname reported killed, reached through the lone subject of the sentence before
        "Ortiz was killed in 2020. “I want justice,” he said.",
        # said now, with no past time: still not the dead man
        "Tom Hale died Monday at 88. “We will miss him,” he said on Tuesday.",
    ],
)
def test_the_dead_man_is_still_no_present_speaker(text: str) -> None:
    assert english_speakers(text) == [None]
