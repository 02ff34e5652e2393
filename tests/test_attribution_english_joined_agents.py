"""A clause joined after a cue with a subject of its own stops the next quotation's carry-over."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_LEAD = "The council met on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "“Tell her I said hello,” Ann Roe said, and her husband cut in. “Don’t forget the cake.”",
        "“Tell her I said hello,” Ann Roe said, and Tom Lund cut in. “Don’t forget the cake.”",
    ],
)
def test_someone_else_cutting_in_is_not_carried_over(text: str) -> None:
    assert _last(text).speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # no subject of its own: the same speaker goes on
        "“Tell her I said hello,” Ann Roe said, and then added a warning. “Don’t forget the cake.”",
        # "and" inside a description, no clause of its own
        "“Tell her I said hello,” said Ann Roe, founder of Bread and Roses Bakery. “Don’t forget.”",
    ],
)
def test_the_speaker_goes_on_without_another_subject(text: str) -> None:
    assert _last(text).speaker == "Ann Roe"


def test_many_joined_clauses_stay_linear() -> None:
    assert_linear(
        lambda n: find_quotes("“Hi,” Ann Roe said" + ", and Tom Lund cut in" * n + ". “Go.”", "en"),
        250,
    )
