"""English speakers past long appositions and pronouns carried over paragraphs (own sentences,
modelled on patterns of the development sets; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers


def test_an_apposition_past_an_abbreviated_place_and_a_second_aside() -> None:
    text = (
        "Rita Gomez, a track inspector based in Regina, Sask., and a member of the union, said: "
        '"Things crack that normally hold."'
    )
    assert speakers(text) == ["Rita Gomez"]
    assert quotes(text)[0].confidence == "high"


def test_a_place_of_two_words_before_its_abbreviated_state() -> None:
    text = (
        "Will Dorn, a mechanic based in Kansas City, Mo., and an organizer at the union, said "
        'the cold is hard on brakes.\n\n"Things crack that normally hold. Rubber hardens."'
    )
    assert speakers(text) == ["Will Dorn"]


def test_an_abbreviation_closing_a_sentence_is_no_aside() -> None:
    text = (
        "The talks moved to Regina, Sask. The union and Rita Gomez met, said the mayor's aide, "
        'who called it "a start."'
    )
    assert speakers(text) != ["Rita Gomez"]


def test_a_pronoun_in_the_paragraph_before_goes_on_from_the_previous_quotation() -> None:
    text = (
        "Prime Minister Mark Olsen spoke at a school in Moncton on Tuesday.\n\n"
        '"People want to point fingers," he said.\n\n'
        "There are people trying to spread fear, he said, though he named no one.\n\n"
        '"But the kind of fear we see is something all of us must face."'
    )
    assert speakers(text) == ["Mark Olsen", "Mark Olsen"]
    assert quotes(text)[1].confidence == "low"


def test_a_pronoun_of_the_other_gender_in_the_paragraph_before_names_nobody() -> None:
    text = (
        "Prime Minister Mark Olsen spoke at a school in Moncton on Tuesday.\n\n"
        '"People want to point fingers," he said.\n\n'
        "There are people trying to spread fear, she said, though she named no one.\n\n"
        '"But the kind of fear we see is something all of us must face."'
    )
    assert speakers(text)[1] is None


def test_a_name_an_earlier_she_stood_for_is_no_he() -> None:
    text = (
        "Ana Ruiz, whose brother Tom Ruiz was arrested in May, spoke outside the court.\n\n"
        "“We never stopped believing,” she said.\n\n"
        "Ana Ruiz, whose brother Tom Ruiz was arrested in May, said the police lied.\n\n"
        "“We will appeal,” he said."
    )
    assert speakers(text) == ["Ana Ruiz", None]


def test_a_she_after_an_apposition_naming_her_brother_is_still_her() -> None:
    text = (
        "Ana Ruiz, whose brother Tom Ruiz was arrested in May, spoke outside the court.\n\n"
        "“We never stopped believing,” she said."
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_an_unmarked_name_once_she_is_not_the_next_he() -> None:
    text = (
        "Ana Ruiz spoke outside the court.\n\n“We never stopped believing,” she said.\n\n"
        "Ana Ruiz said the police lied.\n\n“We will appeal,” he said."
    )
    assert speakers(text) == ["Ana Ruiz", None]


def test_the_one_of_the_pronoun_s_gender_in_a_whose_clause_is_not_lost() -> None:
    text = (
        "Lena Park, whose sister Carla Park was arrested, spoke outside the court.\n\n"
        "“We will appeal again,” she said."
    )
    assert speakers(text) == ["Lena Park"]


def test_the_reporting_clause_ending_the_sentence_before_names_the_one_who_goes_on() -> None:
    text = (
        "The council may delay the vote while Mayor Tom Reyes negotiates with the province, "
        'Dana Lowe said. "The other factor is time."\n\n'
        "Tom Reyes will stay, and Ana Ruiz will go, Lowe told reporters on Monday. "
        '"It is a lot of money."'
    )
    assert speakers(text) == ["Dana Lowe", "Dana Lowe"]
    assert quotes(text)[0].confidence == "low"


def test_a_reporting_clause_in_the_middle_of_the_sentence_before_names_nobody() -> None:
    text = (
        "The council, Dana Lowe said, may delay the vote while Mayor Tom Reyes negotiates. "
        '"The other factor is time."'
    )
    assert speakers(text) == [None]


def test_a_place_abbreviation_before_the_reporting_verb_is_nobody() -> None:
    text = (
        "Voters were polled on Monday.\n\nMost of them, of Raleigh, N.C., said the race was "
        'close. "We need people who unite."'
    )
    assert speakers(text) == [None]
