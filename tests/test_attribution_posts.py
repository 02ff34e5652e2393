"""English: a legislature's post before a name ("House Speaker Tom Hale") is no word of it."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote is set," House Speaker Tom Hale said.', "Tom Hale"),
        ('Senate Majority Leader Tom Hale said: "We will win."', "Tom Hale"),
        ('"We will win," said House Minority Whip Ann Moss on Friday.', "Ann Moss"),
        ('"We will win," Labour Leader Ann Moss told reporters.', "Ann Moss"),
        ('"No," Speaker Hale said.', "Hale"),
        ('House Speaker Tom Hale spoke first.\n\n"No," Speaker Hale said.', "Tom Hale"),
    ],
)
def test_a_capitalised_post_before_a_name_is_its_title(text: str, speaker: str) -> None:
    quote = find_quotes(text, "en")[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We object," the House Judiciary Committee said.', "House Judiciary Committee"),
        ('"We object," Senate Democrats said in a statement.', "Senate Democrats"),
        ('"We object," the White House said.', "White House"),
        ('"We object," the Senate majority leader said.', "the Senate majority leader"),
        ('"We object," the party leader said.', "the party leader"),
        ('"Nein", sagte Bundeskanzlerin Angela Merkel.', "Angela Merkel"),
    ],
)
def test_a_body_or_a_lower_case_post_keeps_its_words(text: str, speaker: str) -> None:
    family = "de" if "sagte" in text else "en"
    [quote] = find_quotes(text, family)
    assert quote.speaker == speaker
