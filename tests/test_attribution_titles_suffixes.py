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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote is ours," said King Omar III.', "Omar III"),
        ('"The vote is ours," King Omar III said.', "Omar III"),
        ('"The vote is ours," said Queen Ada II.', "Ada II"),
        ('King Omar III toured the port. "The vote is ours," Omar said.', "Omar III"),
    ],
)
def test_a_regnal_numeral_after_a_lone_name_stays(text: str, speaker: str) -> None:
    """A numeral after a lone given name is regnal, part of the name ("Charles III")."""
    quote = find_quotes(text, "en")[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote is ours," said Omar Reyes III.', "Omar Reyes"),
        ('"The vote is ours," said Ada Lee II.', "Ada Lee"),
    ],
)
def test_a_numeral_after_a_surname_is_a_suffix(text: str, speaker: str) -> None:
    """After a forename and surname the numeral is a generation suffix, as "Jr." is."""
    [quote] = find_quotes(text, "en")
    assert quote.speaker == speaker
