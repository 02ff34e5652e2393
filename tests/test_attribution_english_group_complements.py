"""English: "said critics of X": a bare plural noun of people after the cue is the group that
speaks; the name after its "of" is whom they are of, never the speaker."""
# The reviewer's sentences (review20/E).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“It is bad,” said critics of Gov. Tom Wolf.",
        "“It is bad,” said supporters of Sen. Ann Roe.",
        "“It is bad,” said allies of Sen. Ann Roe.",
        "“It is bad,” said friends of Ann Roe.",
        "“It is bad,” said critics of President Joe Biden.",
        "“It is bad,” said opponents of Mayor Eric Adams.",
        "“It is bad,” said associates of Tom Hale.",
    ],
)
def test_the_name_after_a_group_noun_and_of_never_speaks(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It is bad,” said the head of the union, Tom Hale.", "Tom Hale"),
        ("“It is bad,” said Tom Hale of the union.", "Tom Hale"),
    ],
)
def test_a_description_or_a_name_after_the_cue_still_speaks(text: str, speaker: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker == speaker


# The second review's sentences (review20/E2): more plural nouns of people, "to" and "close to",
# and one lower-case word before the noun ("family members").
@pytest.mark.parametrize(
    "text",
    [
        "“We will appeal,” said lawyers for Ann Roe.",
        "“We will appeal,” said attorneys for Ann Roe.",
        "“We will appeal,” said spokesmen for Ann Roe.",
        "“We will appeal,” said sources for Tom Wolf.",
        "“We will appeal,” said representatives of Ann Roe.",
        "“We will appeal,” said aides to Ann Roe.",
        "“We will appeal,” said advisers to Ann Roe.",
        "“We will appeal,” said people close to Ann Roe.",
        "“We will appeal,” said family members of Ann Roe.",
    ],
)
def test_the_name_after_a_group_noun_and_for_to_or_close_to_never_speaks(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” said Ann Roe to reporters.", "Ann Roe"),
        ("“We will appeal,” said Tom Hale, close to Ann Roe.", "Tom Hale"),
        ("“We will appeal,” said the lawyer for Ann Roe, Tom Hale.", "Tom Hale"),
    ],
)
def test_a_name_before_to_or_close_to_still_speaks(text: str, speaker: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker == speaker
