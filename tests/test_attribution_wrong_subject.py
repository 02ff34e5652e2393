"""English speakers that are easy to take from the wrong word: the subject of a participle, a
name spoken about after the cue, a surname two people share (own sentences, no corpus text)."""

from __future__ import annotations

from tests.quoted import english_speakers as speakers


def test_a_participle_after_a_set_off_cue_is_that_cues_subject() -> None:
    text = 'Omar Reed left early that night, Karim Haddad said, adding, "He never stayed long."'
    assert speakers(text) == ["Karim Haddad"]


def test_a_participle_after_told_is_not_the_sentences_opening_word() -> None:
    text = 'Sales fell sharply last year, Maria Lopez told reporters, adding, "We expect more."'
    assert speakers(text) == ["Maria Lopez"]


def test_a_participle_after_an_unnamed_subject_names_nobody() -> None:
    text = (
        "Alongside union calls for change, even a senior adviser said the mayor must act, "
        'saying, "He cannot wait any longer."'
    )
    assert speakers(text) == [None]


def test_a_participle_with_no_reporting_verb_keeps_the_clause_subject() -> None:
    text = 'Joe Reyes criticised the plan on Monday, warning, "It will fail."'
    assert speakers(text) == ["Joe Reyes"]


def test_a_name_before_an_auxiliary_after_said_is_spoken_about() -> None:
    text = 'A senior aide said Lund had "no chance at all" of winning the seat.'
    assert speakers(text) == ["a senior aide"]
    # never Lund; the sentence's own subject said it (narration, low), at the text's start too
    text = 'Tom Massey once backed the plan, but now said Lund would "unite us all."'
    assert speakers(text) == ["Tom Massey"]
    assert speakers("The council met. " + text) == ["Tom Massey"]


def test_a_name_after_said_and_before_its_comma_is_the_speaker() -> None:
    text = 'The vote was close, said Ana Ortiz, who will run again: "We lost by ten votes."'
    assert speakers(text) == ["Ana Ortiz"]


def test_a_shared_surname_stays_with_the_person_named_first() -> None:
    text = (
        "Senator Bernard Lane spoke in Albany on Friday. His wife, Joan Lane, stood beside him.\n\n"
        '"We can still win this district," Lane said.'
    )
    assert speakers(text) == ["Bernard Lane"]


def test_a_surname_of_one_person_is_that_person() -> None:
    text = 'Joan Lane spoke in Albany on Friday.\n\n"We can still win this district," Lane said.'
    assert speakers(text) == ["Joan Lane"]


_RALLY = "The rally in Ohio drew a large crowd on Monday.\n\n"
_SAID = '\n\n"We will win," the {} said.'


def test_a_role_is_not_the_one_titled_with_another_rank() -> None:
    text = _RALLY + "Vice President Joe Biden spoke next." + _SAID.format("former president")
    assert speakers(text) == ["former president"]


def test_a_role_of_the_same_rank_is_the_one_titled() -> None:
    opening = "Former President Bill Clinton spoke after the governor."
    assert speakers(_RALLY + opening + _SAID.format("former president")) == ["Bill Clinton"]
    opening = "Vice President Joe Biden spoke after the governor."
    assert speakers(_RALLY + opening + _SAID.format("vice president")) == ["Joe Biden"]


def test_a_term_after_called_is_the_callers_not_the_next_clauses_subject() -> None:
    text = 'In a video that Judge Anna Ruiz called "troubling," Mark Fenton described his plans.'
    assert speakers(text) == ["Anna Ruiz"]


def test_a_quotation_not_after_called_keeps_the_cue_after_it() -> None:
    text = 'Ann Lee spoke first.\n\n"It is a disaster," Mark Fenton said.'
    assert speakers(text) == ["Mark Fenton"]


def test_a_pronoun_between_said_and_the_quotation_is_spoken_about() -> None:
    text = (
        'Tom Lane spoke in Ohio. His aide denied that Lane had ever "mocked" Ruth Okafor, and '
        'said he "still thinks she would be a fine senator."'
    )
    assert speakers(text) == ["his aide", "his aide"]


def test_a_word_quoted_inside_its_clause_takes_no_cue_after_it() -> None:
    text = 'The aide denied that Lane had ever "mocked" Ruth Okafor, and said so twice.'
    assert speakers(text) == ["the aide"]


def test_a_set_off_quotation_keeps_the_name_after_it() -> None:
    text = 'Tom Lane spoke in Ohio.\n\n"We mocked nobody," Ruth Okafor said.'
    assert speakers(text) == ["Ruth Okafor"]
