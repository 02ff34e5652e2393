"""English answers, clauses after a verb-first cue and described names before an aside (own
sentences, modelled on patterns of the development sets; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers


def test_she_replied_to_words_said_to_her_is_the_one_addressed() -> None:
    text = (
        '"We will not sell the plant," Carl Moss said to Ann Cole. '
        '"That is a mistake," she replied.'
    )
    assert speakers(text) == ["Carl Moss", "Ann Cole"]
    assert quotes(text)[1].confidence == "low"


def test_she_answered_after_told_is_the_one_told() -> None:
    text = '"We will not sell," Carl Moss told Mary Lane on Monday. "Then we sue," she answered.'
    assert speakers(text) == ["Carl Moss", "Mary Lane"]


def test_a_reply_between_two_men_is_nobody() -> None:
    text = '"We will not sell," Carl Moss said to Tom Hale. "That is a mistake," he replied.'
    assert speakers(text) == ["Carl Moss", None]


def test_a_reply_of_the_other_gender_than_the_one_addressed_is_nobody() -> None:
    text = '"We will not sell," Carl Moss said to Ann Cole. "That is a mistake," he replied.'
    assert speakers(text) == ["Carl Moss", None]


def test_she_never_carries_a_man_as_the_previous_speaker() -> None:
    text = '"It is over," Carl Moss said. "We lost," she said.'
    assert speakers(text)[1] != "Carl Moss"


def test_he_said_after_told_stays_the_teller() -> None:
    text = 'Tom Hale told Ann Cole the plan was dead. "It is over," he said.'
    assert speakers(text) == ["Tom Hale"]


def test_a_clause_after_a_verb_first_cue_names_nobody() -> None:
    text = '"The vote is close," said the candidate could win the seat next week.'
    assert speakers(text) == [None]


def test_a_description_after_a_verb_first_cue_still_speaks() -> None:
    assert speakers('"We will win," said the party chairman on Monday.') == ["the party chairman"]
    assert speakers('"We will win," said the head of the union, Ann Cole.') == ["Ann Cole"]


def test_the_described_name_before_an_aside_speaks() -> None:
    text = '"Rates will fall," the economist Jane Roe, a former adviser to the bank, wrote.'
    assert speakers(text) == ["Jane Roe"]
    assert quotes(text)[0].confidence == "high"


def test_a_described_body_before_an_aside_is_not_read_as_a_name() -> None:
    assert speakers('"We will appeal," the company Acme Holdings, which owns it, said.') == [None]
