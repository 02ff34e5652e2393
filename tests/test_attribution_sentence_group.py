"""A group noun opening a sentence with a capital is the group, as in running text."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The dam broke at noon. Officials said: “The road is closed.”", "Officials"),
        (
            "The dam broke at noon. State investigators wrote: “The road is closed.”",
            "State investigators",
        ),
        ("Protesters chanted “No more cuts” for an hour.", "Protesters"),
    ],
)
def test_the_group_speaks(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, "low")


@pytest.mark.parametrize(
    "text",
    [
        "The dam broke. Ann Roe met with Officials said “The road is closed.”",  # mid-sentence
    ],
)
def test_no_group_at_the_opening(text: str) -> None:
    assert _last(text).speaker is None
