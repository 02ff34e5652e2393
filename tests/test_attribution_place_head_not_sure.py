"""English: after a title, a known given name before a place's, a school's or a firm's head noun
("Grace Church", "Virginia Tech") names no sure person."""
# The reviewer's sentences (review20/E2), and sentences written on their shape.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“It works,” said the chairman Virginia Tech.",
        "“It works,” said the lawyer Grace Church.",
        "“It works,” said the editor Ann Taylor Loft.",
    ],
)
def test_a_given_name_before_a_place_head_is_never_high(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].confidence != "high"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It works,” said the chairman Tom Hale.", "Tom Hale"),
        ("“It works,” said the coach Grace Parker.", "Grace Parker"),
        ("“It works,” said the coach Tom Hall.", "Tom Hall"),
    ],
)
def test_a_given_name_and_a_surname_stay_high(text: str, speaker: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert (quote.speaker, quote.confidence) == (speaker, "high")
