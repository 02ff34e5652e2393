"""English: a bare surname that a second person behind a title bears too is never sure."""
# "Coach Tom Roe … Referee Ann Roe … “…,” Roe said" gave Tom Roe (high): a run a title opens at
# a sentence's start was read as no person's, so Ann Roe was no namesake; and a one-line
# paragraph "Referee Ann Roe disagreed." was taken for a headline, so she was never named.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """Speaker and confidence of each quotation."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "en", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Coach Tom Roe spoke on Monday. Referee Ann Roe declined to comment. “We win,” Roe said.",
        "Tom Roe spoke on Monday. Ann Roe declined to comment. “We will win,” Roe said.",
    ],
)
def test_a_namesake_behind_a_title_makes_the_surname_unsure(text: str) -> None:
    assert _said(text)[-1][1] == "low"


def test_a_one_line_sentence_with_many_capitals_names_its_person() -> None:
    text = (
        "“We will win,” said coach Tom Roe.\n\nReferee Ann Roe disagreed.\n\n“They lose,” Roe said."
    )
    assert _said(text) == [("Tom Roe", "high"), ("Tom Roe", "low")]


@pytest.mark.parametrize(
    "text",
    [
        "Coach Tom Roe spoke on Monday. “We will win,” Roe said.",
        "Coach Tom Roe spoke on Monday. Referee Ann Lee declined to comment. “We win,” Roe said.",
        "Tom Roe spoke on Monday. Tom Roe said it again. “We will win,” Roe said.",
    ],
)
def test_one_bearer_of_the_surname_stays_sure(text: str) -> None:
    assert _said(text)[-1] == ("Tom Roe", "high")


def test_a_headline_without_a_full_stop_still_names_nobody() -> None:
    text = "Roe Sees Personal Insult in Vote\n\nTom Roe spoke on Monday. “We will win,” Roe said."
    assert _said(text)[-1] == ("Tom Roe", "high")
