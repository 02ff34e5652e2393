"""Across a paragraph break the previous speaker goes on only if the narration names nobody new."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    return find_quotes(text, "en", "")[-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” said Ann Roe.\n\nRoe introduced Tom Hale, the new coach.\n\n"
        "“I am glad to be here.”",
        "“We are ready,” said Ann Roe.\n\nRoe praised Tom Hale on Monday.\n\n“He will do well.”",
        "“We are ready,” said Ann Roe.\n\nRoe sat next to Ben Ortiz.\n\n“It is a good day.”",
    ],
)
def test_someone_new_in_the_narration_leaves_the_quotation_unnamed(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” said Ann Roe.\n\nRoe paused for a moment.\n\n“We will win.”",
        "“We are ready,” said Ann Roe.\n\nRoe looked at the crowd in Chicago.\n\n“We will win.”",
        "“We are ready,” said Ann Roe.\n\nAnn Roe looked at the crowd.\n\n“We will win.”",
    ],
)
def test_the_previous_speaker_goes_on_alone(text: str) -> None:
    assert _speaker(text) == "Ann Roe"
