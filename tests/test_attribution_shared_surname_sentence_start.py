"""English: a bare surname that two people named in full bear is never sure, also where the
second one's name opens a sentence ("Tom Roe arrived."): a known given name is a person's there
too, not a common word that only the sentence's start capitalised ("Neither Roe")."""
# The reviewer's sentences (review20/E2), and sentences written on their shape.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe’s husband spoke. Then Tom Roe arrived. “It works,” Roe said.",
        "Ann Roe spoke. Then Tom Roe arrived. “It works,” Roe said.",
        "Ann Roe spoke. Tom Roe arrived. “It works,” Roe said.",
    ],
)
def test_a_surname_two_people_bear_is_never_high(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].confidence != "high"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe spoke. “It works,” Roe said.",
        "Ann Roe met Tom Hale. “It works,” Roe said.",
        "Ann Roe spoke. Neither Roe nor Hale came. “It works,” Roe said.",
    ],
)
def test_a_surname_one_person_bears_stays_high(text: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Ann Roe", "high")
