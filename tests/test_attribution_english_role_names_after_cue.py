"""English: "said the 49ers coach Kyle Shanahan": a title before a full name names its holder."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in `text`."""
    quote = find_quotes(text, "en", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a known given name shows a person's name (review20/E: "said the coach Real Madrid")
        ("“We kept the ball,” said the Hawks coach Tom Ortiz.", "Tom Ortiz"),
        ("“We kept the ball,” said the club's coach Tom Ortiz.", "Tom Ortiz"),
        ("“We kept the ball,” the Hawks coach Ben Ortiz said.", "Ben Ortiz"),
    ],
)
def test_title_then_full_name_after_cue_is_the_name(text: str, speaker: str) -> None:
    """The full name after a lower-case title ends the description: that person speaks."""
    assert _speaker(text) == (speaker, "high")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("“We kept the ball,” said the Hawks coach Ortiz.", "the Hawks coach Ortiz"),
        ("“We kept the ball,” said the old man Ben Ortiz.", "the old man Ben Ortiz"),
        ("“We kept the ball,” said the acting Attorney General.", "the acting Attorney General"),
        ("“We kept the ball,” said the former White House.", "the former White House"),
        ("“We kept the ball,” said the former President Ada Lorne.", None),
        ("“We kept the ball,” said the Hawks coach Ben Ortiz Monday.", None),
    ],
)
def test_no_title_or_one_word_stays_as_written(text: str, written: str | None) -> None:
    """One word after the title, no title before the name, or a run holding a title or a body's
    word: never that run as a full name, never sure."""
    found = _speaker(text)
    assert found[1] == "low"
    if written is not None:
        assert found[0] == written
    assert found[0] not in ("Ortiz", "Ben Ortiz Monday")


# The reviewer's sentences (review20/E): capitalised words after a title that open with no known
# given name may be a body, a place or the title's own word ("Emeritus"): never a sure name.
@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("“We will win,” said the coach Real Madrid.", "Real Madrid"),
        ("“We will win,” said the chairman Wells Fargo.", "Wells Fargo"),
        ("“We will win,” said the former coach New England.", "New England"),
        ("“We will win,” said the 49ers coach San Francisco.", "San Francisco"),
        ("“We will win,” said the chairman Emeritus Ann Roe.", "Ann Roe"),
        ("“We will win,” said the president Elect Ann Roe.", "Ann Roe"),
    ],
)
def test_capitalised_words_with_no_given_name_are_never_sure(text: str, unsure: str) -> None:
    assert _speaker(text) in {(unsure, "low"), (None, "low")}
    assert "Emeritus" not in (_speaker(text)[0] or "") and "Elect" not in (_speaker(text)[0] or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will win,” said the chairman Dame Ann Roe.", "Ann Roe"),
        ("“We will win,” said the chairman Lord Tom Hale.", "Tom Hale"),
    ],
)
def test_a_word_of_address_before_the_given_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "high")


def test_a_sentence_after_the_name_does_not_run_it_on() -> None:
    text = "“We will win,” said the coach Tom Hale. The team left on Monday."
    assert _speaker(text) == ("Tom Hale", "high")
    unknown = "“We will win,” said the 49ers coach Kyle Shanahan. The team left on Monday."
    assert _speaker(unknown) == ("Kyle Shanahan", "low")
