"""English pronouns that may not go back past a newly named subject, and surnames two people
bear (own sentences, modelled on patterns of the development sets; no corpus text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.speakers.namesakes import namesake
from tests.quoted import english_quotes as quotes


def second(text: str) -> str | None:
    """The speaker of the second quotation."""
    return quotes(text)[1].speaker


@pytest.mark.parametrize(
    "between",
    [
        "Mulder didn't hesitate.",
        "Okafor nodded.",
        "Brandt had already left the room.",
        "Vance was furious.",
        "Ruiz would not wait.",
    ],
)
def test_a_lone_name_opening_a_sentence_bars_the_earlier_speaker(between: str) -> None:
    text = f"“We will win,” said Tom Hale.\n\n{between} “It's over,” he said."
    assert second(text) != "Tom Hale"


def test_a_lone_name_between_two_cues_in_one_paragraph_bars_the_earlier_speaker() -> None:
    text = "“We will win,” Hale said. Smith nodded. “It's over,” he said."
    assert second(text) in ("Smith", None)


@pytest.mark.parametrize(
    "between",
    [
        "The crowd cheered.",
        "Then the crowd cheered.",
        "Later he smiled.",
        "Monday was quiet.",
        "Police arrived.",
        "Officials left.",
        "Residents were relieved.",
        "Hale paused.",
    ],
)
def test_no_name_between_lets_the_pronoun_go_on(between: str) -> None:
    text = f"“We will win,” said Tom Hale.\n\n{between} “It's over,” he said."
    assert second(text) == "Tom Hale"


@pytest.mark.parametrize(
    "other",
    [
        "On stage, Jane Sanders, a rival, also spoke.",
        # a title's full stop opens no sentence
        "Sen. Jane Sanders also spoke.",
        # a kinship noun in another clause names nobody's kin
        "His wife said Jane Sanders was ill.",
        "He thanked his wife. Later, Jane Sanders left.",
    ],
)
def test_a_surname_two_people_bear_is_credited_to_the_first_as_a_guess(other: str) -> None:
    text = f"Senator Bernie Sanders spoke on Monday. {other}\n\n“We will fight on,” Sanders said."
    [quote] = quotes(text)
    assert (quote.speaker, quote.confidence) == ("Bernie Sanders", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Bernie Sanders spoke on Monday.\n\n“We will fight on,” Sanders said.",
        # the namesake is named only after the quotation
        "Senator Bernie Sanders spoke on Monday.\n\n“We will fight on,” Sanders said. "
        "His wife, Jane Sanders, stood beside him.",
        # one person written twice, once with a title
        "Bernie Sanders spoke. Senator Bernie Sanders then left.\n\n“We won,” Sanders said.",
        # a capitalised word opening a parenthesis is no forename
        "Sen. Bernie Sanders spoke. (Besides Sanders, two aides came.)\n\n“We won,” Sanders said.",
    ],
)
def test_a_surname_one_person_bears_stays_sure(text: str) -> None:
    assert (quotes(text)[0].speaker, quotes(text)[0].confidence) == ("Bernie Sanders", "high")


# en22: one named as the other's kin bears the surname too, and may be the one who answers
# ("Tom Hale asked his brother Jim Hale. “No,” Hale said"): the first named stays a guess, low.
@pytest.mark.parametrize(
    "text",
    [
        "Sen. Bernie Sanders spoke. His wife, Jane Sanders, stood by.\n\n“We won,” Sanders said.",
        "Senator Bernie Sanders spoke beside his wife Jane Sanders.\n\n“We won,” Sanders said.",
        "Bernie Sanders, the son of the late Gov. Jane Sanders, spoke.\n\n“We won,” Sanders said.",
        "Bernie Sanders asked his brother Jim Sanders. “No,” Sanders said.",
    ],
)
def test_a_surname_the_speakers_kin_bears_too_is_a_guess(text: str) -> None:
    assert (quotes(text)[0].speaker, quotes(text)[0].confidence) == ("Bernie Sanders", "low")


# "Gord Roe and his wife, Ann Roe": a run opening a sentence with an unknown forename may be a
# common word and a surname ("Besides Roe"), but one whose kin is named after it is a person.
@pytest.mark.parametrize(
    "text",
    [
        "Gord Pelt and his wife, Anne Pelt, left.\n\n“No,” Anne Pelt said. “We go,” Pelt said.",
        "Gord Pelt and his wife Anne Pelt left.\n\n“No,” Anne Pelt said. “We go,” Pelt said.",
    ],
)
def test_a_surname_shared_with_a_principal_opening_a_sentence_is_never_sure(text: str) -> None:
    assert quotes(text)[-1].confidence == "low" or quotes(text)[-1].speaker is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a title inside the run: its forename is the word before the surname
        ("House Speaker Paul Ryan", False),
        # no forename at all tells nobody apart
        ("Top Ryan", False),
        ("House Speaker Tom Ryan", True),
    ],
)
def test_a_name_is_told_from_another_by_its_forenames(name: str, expected: bool) -> None:
    text = "Reporters saw Paul Ryan leave. “We talked,” Ryan said."
    common = frozenset({"speaker", "top"})
    assert namesake(text, [(14, "Paul Ryan")], 40, name, common, "en") is expected


def test_a_titled_full_name_is_the_same_person_as_the_plain_one() -> None:
    text = (
        "House Speaker Paul Ryan met the president. Later, Paul Ryan left early.\n\n"
        "“We talked,” Ryan said."
    )
    assert (quotes(text)[0].speaker, quotes(text)[0].confidence) == ("Paul Ryan", "high")
