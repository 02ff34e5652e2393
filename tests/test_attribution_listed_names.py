"""English: a list of three or more names at a cue ("Tom Hale, Ann Roe and Bo Lee wrote") is a
joint subject like two joined names: the first named is never sure."""
# The engineer's own sentences (session 20, fixF).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“We are sad,” Tom Hale, Ann Roe and Bo Lee wrote.",
        "“We are sad,” said Tom Hale, Ann Roe and Bo Lee.",
    ],
)
def test_a_list_of_names_is_never_high(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].confidence != "high"


@pytest.mark.parametrize(
    "text",
    [
        "“We are sad,” Tom Hale, President and CEO, said.",  # a post, no list
        "“We are sad,” Tom Hale, Ann Roe’s husband, said.",  # an apposition
        "“We are sad,” said Tom Hale, Boston.",  # no conjunction
    ],
)
def test_one_name_and_its_apposition_stay_high(text: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Tom Hale", "high")
