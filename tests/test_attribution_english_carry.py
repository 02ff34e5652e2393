"""English pronouns that may not go back past a newly named subject, and surnames two people
bear (own sentences, modelled on patterns of the development sets; no corpus text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def quotes(text: str) -> list[Quote]:
    """The quotations of an English text that are not titles."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"]


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


def test_a_surname_two_people_bear_is_credited_to_the_first_as_a_guess() -> None:
    text = (
        "Senator Bernie Sanders spoke on Monday. His wife, Jane Sanders, stood beside him.\n\n"
        "“We will fight on,” Sanders said."
    )
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
    ],
)
def test_a_surname_one_person_bears_stays_sure(text: str) -> None:
    assert (quotes(text)[0].speaker, quotes(text)[0].confidence) == ("Bernie Sanders", "high")
