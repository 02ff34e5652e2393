"""English antecedents of a pronoun cue (a name with a middle initial, a role opening a sentence)
and descriptions a possessive name opens (own sentences, modelled on patterns of the development
sets; no corpus text)."""

from __future__ import annotations

import pytest

from tests.quoted import english_quotes as quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Brian M. Good said he would appeal the ruling.\n\n“We will win this,” he said.",
            "Brian M. Good",
        ),
        (
            "Lena K. Ortiz told the council it waited too long. “The money is gone,” she added.",
            "Lena K. Ortiz",
        ),
        (
            "Paul T. Hume resigned from the board.\n\n“It was time,” he says.",
            "Paul T. Hume",
        ),
    ],
)
def test_middle_initial_is_one_antecedent(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


def test_middle_initial_with_another_person_is_still_nobody() -> None:
    text = (
        "Brian M. Good and Carl Tran met on Monday to discuss the ruling.\n\n"
        "“We will win this,” he said."
    )
    assert quotes(text)[-1].speaker is None


def test_capital_letter_ending_a_sentence_is_no_initial() -> None:
    text = "The vote went to Plan B. Mara Lind said it was wrong.\n\n“It is a mistake,” she said."
    assert quotes(text)[-1].speaker == "Mara Lind"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senators questioned CIA Director Gina Haspel and Defense Secretary Mark Esper for"
            " hours. The CIA director was unmoved. “We will not back down,” she rumbled.",
            "Gina Haspel",
        ),
        (
            "Reporters pressed Mayor Carl Tran and Police Chief Dana Roe. The mayor refused to"
            " budge.\n\n“We are not paying,” he said.",
            "Carl Tran",
        ),
        (
            "Lawmakers grilled Finance Minister Anna Berg and Judge Tom Lutz on Tuesday. The"
            " finance minister stood firm. “Rates are not my job,” she says.",
            "Anna Berg",
        ),
    ],
)
def test_role_opening_a_sentence_stands_for_its_holder(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


def test_no_title_opening_a_sentence_changes_nothing() -> None:
    text = (
        "Mayor Carl Tran met the police union. The union refused to budge. “We are not paying,”"
        " he said."
    )
    assert quotes(text)[-1].speaker == "Carl Tran"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "Obama's former campaign strategist said in an interview",
            "Obama's former campaign strategist",
        ),
        ("Ford’s longtime adviser told reporters", "Ford’s longtime adviser"),
        ("Cole's younger sister wrote", "Cole's younger sister"),
    ],
)
def test_description_a_possessive_name_opens(cue: str, speaker: str) -> None:
    text = f"Officials met on Monday.\n\n“That was outrageous,” {cue}."
    assert quotes(text)[-1].speaker == speaker


def test_possessive_name_inside_a_longer_name_is_no_description() -> None:
    # "Justin Trudeau's aide": the owner's name goes on before it, so no clause opens there
    text = "Officials met on Monday.\n\n“That was outrageous,” Justin Trudeau's aide said."
    assert quotes(text)[-1].speaker is None


# A headline with no full stop ends at its line break: the name opening the next line is a subject.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Hale backs the plan\nTom Hale met Bill Ross on Monday.\n\n"We are ready," he said.',
            "Tom Hale",
        ),
        (
            "Storm hits the coast\n\nAnn Moss wrote\n\nTom Hale walked to the podium on Monday."
            '\n\n"We are ready," he said.',
            "Tom Hale",
        ),
    ],
)
def test_a_name_after_a_line_with_no_stop_is_a_subject(text: str, speaker: str) -> None:
    assert quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Storm hits the coast\nTom Hale and Bill Ross met on Monday.\n\n"We are ready," he said.',
        'Ann Moss met the press with\nTom Hale and Bill Ross beside her.\n\n"We won," he said.',
    ],
)
def test_two_men_after_a_line_break_leave_he_unresolved(text: str) -> None:
    assert quotes(text)[0].speaker is None
