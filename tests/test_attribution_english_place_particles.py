"""English: an abbreviated place particle ("Ft.", "Mt.", "Ste.", "Pt.") joins the word after it."""
# "said Ft. Worth resident Ann Roe" gave "Ft" (high), "said Ste. Genevieve Mayor Paul Roe" gave
# "Ste": the particle's period was read as a sentence's end, or cut the words after the cue.
# The place and the word of description after it lead the name, which speaks.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation."""
    quote = find_quotes(text, "en", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "“We will build it,” said Ft. Worth resident Ann Roe.",
        "“We will build it,” said Mt. Vernon resident Ann Roe.",
        "“We will build it,” said Pt. Pleasant resident Ann Roe.",
    ],
)
def test_a_resident_of_a_place_with_a_particle_speaks(text: str) -> None:
    assert _last(text) == ("Ann Roe", "high")


def test_a_mayor_of_a_place_with_a_particle_speaks() -> None:
    assert _last("“We will build it,” said Ste. Genevieve Mayor Paul Roe.") == ("Paul Roe", "high")


@pytest.mark.parametrize(
    "text",
    [
        "“We will build it,” the Ft. Worth mayor said.",
        "“We will build it,” said the Ft. Worth mayor.",
    ],
)
def test_a_description_holds_the_whole_place(text: str) -> None:
    speaker, confidence = _last(text)
    assert speaker is not None and speaker.endswith("Ft. Worth mayor")
    assert confidence == "low"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will build it,” said Springfield resident Ann Roe.", "Ann Roe"),
        ("“We will build it,” said Ann Roe of Mt. Vernon.", "Ann Roe"),
        ("Ann Roe lives in Ft. Worth. “We will build it,” Roe said.", "Ann Roe"),
    ],
)
def test_names_around_a_particle_stay_whole(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "high")


def test_a_lower_case_measure_still_ends_a_sentence() -> None:
    speaker, _ = _last("The wall is 30 ft. Ann Roe built it. “It will hold,” she said.")
    assert speaker == "Ann Roe"
