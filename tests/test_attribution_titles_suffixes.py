"""English: a suffix after a surname that is also a title ("King Jr."), abbreviated titles."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote is ours," said Ada Lee King Jr.', "Ada Lee King"),
        ('"The vote is ours," said Rev. Ada Lee King Jr. on Monday.', "Ada Lee King"),
        ('"The vote is ours," said Capt. Omar Reyes.', "Omar Reyes"),
        ('Maj. Omar Reyes said: "The vote is ours."', "Omar Reyes"),
        ('"The vote is ours," said Adm. Omar Reyes.', "Omar Reyes"),
    ],
)
def test_a_suffix_or_an_abbreviated_title_is_no_name(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "en")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote is ours," said Ada King.', "Ada King"),
        ('"The vote is ours," said Omar Reyes Jr.', "Omar Reyes"),
        ('"The vote is ours," said King Omar.', "Omar"),
    ],
)
def test_a_surname_or_a_title_king_keeps_its_reading(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "en")
    assert quote.speaker == speaker
