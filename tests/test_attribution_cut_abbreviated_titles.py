"""English: a subject cut at an abbreviated title's full stop ("Pennsylvania Gov.") names nobody."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the only quotation in `text`."""
    (quote,) = find_quotes(text, "en", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "“The levee will hold,” the former Ohio Gov. said.",
        "“The levee will hold,” said Ohio Gov.",
        "“The levee will hold,” said the Sen. from Ohio.",
        "“The levee will hold,” said the former Lt. Gov.",
        "“The levee will hold,” the retired Army Gen. said.",
    ],
)
def test_cut_title_is_nobody(text: str) -> None:
    """Words that end at an abbreviated title hold no name: no speaker, never a cut title."""
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The levee will hold,” said Ohio Gov. Mike Dale.", "Mike Dale"),
        ("Ohio Gov. Mike Dale said: “The levee will hold.”", "Mike Dale"),
        ("“The levee will hold,” said former Ohio Gov. Mike Dale.", "Mike Dale"),
        ("“The levee will hold,” said Iowa Atty. Gen. Rosa Klein.", "Rosa Klein"),
        ("“The levee will hold,” said Lt. Gov. Rosa Klein, a Republican.", "Rosa Klein"),
        ("“The levee will hold,” Dr. Rosa Klein told reporters.", "Rosa Klein"),
        ("“The levee will hold,” said Army Gen. Paul Ortiz.", "Paul Ortiz"),
        ("“The levee will hold,” said Rep. Paul Ortiz, D-Ohio.", "Paul Ortiz"),
    ],
)
def test_name_after_abbreviated_title_is_high(text: str, speaker: str) -> None:
    """The name after an abbreviated title is the speaker, sure."""
    assert _speaker(text) == (speaker, "high")


def test_name_right_after_cut_title_is_written_out_low() -> None:
    """A name right after the cut title's full stop is kept as written, never sure."""
    text = "Ann Dale Jr. spoke first. “It is a movement,” said the younger Ms. Dale, smiling."
    assert find_quotes(text, "en", "")[-1].speaker == "the younger Ms. Dale"
    assert find_quotes(text, "en", "")[-1].confidence == "low"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The levee will hold,” said the former Ohio Gov. Mike Dale.", "Mike Dale"),
        ("“The levee will hold,” said the former Lt. Gov. Rosa Klein.", "Rosa Klein"),
        ("“The levee will hold,” said the younger Mr. Paul Ortiz.", "Paul Ortiz"),
    ],
)
def test_full_name_after_cut_title_is_that_name_low(text: str, speaker: str) -> None:
    """A forename and surname after the cut title's full stop are the speaker, never sure."""
    assert _speaker(text) == (speaker, "low")


def test_day_after_name_after_cut_title_stays_as_written() -> None:
    """A day read with the name ("Mike Dale Monday") is no full name: the words as written."""
    text = "“The levee will hold,” said the former Ohio Gov. Mike Dale Monday."
    assert _speaker(text)[0] != "Mike Dale Monday"
