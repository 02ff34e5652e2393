"""English: a quotation standing as a paragraph of its own, whose next paragraph points back at
it and names its speaker ("That was how Maya Lind described it"), is not carried on from the
speaker quoted before it."""
# en22: "“It will help,” said Ann Roe.\n\n“I was scared.”\n\nThat was how Maya Lind described
# her night" gave Ann Roe.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_BEFORE = "“Rain will help the crews,” said Diane Ostrow, a forecaster.\n\n"


@pytest.mark.parametrize(
    "after",
    [
        "That was how Maya Lind, 16, described her first night at the centre.",
        "That was the message Amira Hale said she wanted Ottawa to hear.",
        "This is what Tom Roe told his neighbours on Monday.",
        "Those were the words Tom Roe wrote to the council.",
    ],
)
def test_words_the_next_paragraph_points_back_at_are_not_carried(after: str) -> None:
    quotes = find_quotes(f"{_BEFORE}“Honestly, I was scared.”\n\n{after}", "en", "")
    assert quotes[-1].speaker != "Diane Ostrow"


@pytest.mark.parametrize(
    "after",
    [
        # no cue in the pointing sentence: it points at an event, not at the words
        "That was in 2019, before the fire.",
        # a demonstrative that opens no copula
        "That plan was approved on Monday, officials said.",
        # the pointer in the middle of the paragraph
        "The crews left. That was how it went.",
    ],
)
def test_words_go_on_where_the_next_paragraph_points_at_no_words(after: str) -> None:
    quotes = find_quotes(f"{_BEFORE}“We will be fine.”\n\n{after}", "en", "")
    assert quotes[-1].speaker == "Diane Ostrow"


def test_many_pointing_paragraphs_stay_linear() -> None:
    paragraphs = "“Scared.”\n\nThat was how Maya Lind described it.\n\n"
    assert_linear(lambda n: find_quotes(_BEFORE + paragraphs * n, "en", ""), 100)
