"""A lone "Mr. Surname" within a sentence is mostly its object: it takes no later "he said" from
the person named before it, but still one whose gender only it fits (enfix29)."""

from __future__ import annotations

import pytest

from tests.quoted import english_quotes as quotes

SAID = " “It sends the wrong signal,” he said."


@pytest.mark.parametrize(
    "lead",
    [
        "Desmond Farrow criticized the decision to fire Mr. Quennell last week.",
        "Desmond Farrow criticized Mr. Quennell last week.",
        "Desmond Farrow, who once worked with Mr. Quennell, spoke on Tuesday.",
        "Desmond Farrow, the host, interviewed Mr. Quennell on Monday.",
        "Desmond Farrow praised Mr. Quennell.",
        "Desmond Farrow spoke to Mr. Quennell.",
        "Desmond Farrow, who defeated Mr. Quennell in 2019, was asked about the race.",
    ],
)
def test_an_honoured_object_leaves_the_pronoun_to_the_subject(lead: str) -> None:
    assert quotes(lead + SAID)[-1].speaker == "Desmond Farrow"


# never Quennell; no name where "he" may stand for either man
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Desmond Farrow, a professor at Kelby College, has studied the council for years. "
            "He said the firing of Mr. Quennell was a mistake.",
            None,
        ),
        ("According to Desmond Farrow, Mr. Quennell has refused to testify.", None),
        ("Mr. Farrow criticized Mr. Quennell last week.", "Farrow"),
        ("Desmond Farrow spoke after Mr. Quennell fired the director.", None),  # a clause's subject
    ],
)
def test_an_honoured_surname_within_a_sentence_takes_no_pronoun(
    lead: str, speaker: str | None
) -> None:
    assert quotes(lead + SAID)[-1].speaker == speaker


# kept: an honorific that opens its sentence, and one whose gender tells it from those before it
def test_an_honoured_surname_opening_a_sentence_is_a_person() -> None:
    text = "Ingrid Salo met Mr. Quennell. Mr. Quennell is unconvinced. “We will see,” he said."
    assert quotes(text)[-1].speaker == "Quennell"
    assert quotes("Dr. Quennell has left. “I am done,” he said.")[-1].speaker == "Quennell"


def test_an_honoured_object_of_the_other_gender_takes_its_pronoun() -> None:
    text = "Gerald Farrow met Ms. Adebayo on Monday. “We will see,” {} said."
    assert quotes(text.format("she"))[-1].speaker == "Adebayo"
    assert quotes(text.format("he"))[-1].speaker == "Gerald Farrow"
    # "Desmond" marks no gender: "Ms." tells Adebayo from nobody, so she takes no pronoun
    assert quotes(text.replace("Gerald", "Desmond").format("she"))[-1].speaker != "Adebayo"


def test_an_honoured_object_of_the_same_gender_takes_no_pronoun() -> None:
    text = "Ingrid Salo asked whether Ms. Adebayo had lied. “I cannot say,” she said."
    assert quotes(text)[-1].speaker is None  # either woman may say it: no name, never Adebayo
