"""A verb of addressing in the passive: the agent after "by" speaks, its subject never does."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "The bridge closed on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Zell was assured by Hal Brin that “the road will reopen.”",
        "Mara Zell was told by Hal Brin: “The road will reopen.”",
        "Mara Zell, told by Hal Brin that “the road will reopen,” left.",
    ],
)
def test_the_named_agent_speaks(text: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == ("Hal Brin", "high")


@pytest.mark.parametrize(
    "text",
    [
        # an agent with no name: nobody, and never the one spoken to
        "Mara Zell, told by officials that “the road will reopen,” left.",
        "Mara Zell was assured by officials that “the road will reopen.”",
    ],
)
def test_the_one_spoken_to_never_speaks(text: str) -> None:
    assert _last(text).speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Hal Brin told Mara Zell: “The road will reopen.”",
        "Hal Brin told reporters by phone: “The road will reopen.”",
    ],
)
def test_the_active_subject_still_speaks(text: str) -> None:
    assert _last(text).speaker == "Hal Brin"
