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
        ('"The vote is ours," said Omar Reyes III.', "Omar Reyes III"),
        ('"The vote is ours," said Ada Lee II.', "Ada Lee II"),
        ('"The vote is ours," said Henry Ford II.', "Henry Ford II"),
    ],
)
def test_a_numeral_after_a_full_name_is_kept(text: str, speaker: str) -> None:
    """After a forename and surname the numeral is a generation's, another person (review20/E2)."""
    [quote] = find_quotes(text, "en")
    assert quote.speaker == speaker


# The reviewer's sentences (review20/E): the numeral is regnal only after a monarch's or pope's
# title, with one given name or two; never before a possessive, never without a title.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("“Peace,” said Pope John Paul II.", "en", "John Paul II"),
        ("«Paz», dijo el papa Juan Pablo II.", "es", "Juan Pablo II"),
        ("« La paix », a déclaré le pape Jean-Paul II.", "fr", "Jean-Paul II"),
        ("“We agree,” said Queen Elizabeth II.", "en", "Elizabeth II"),
    ],
)
def test_two_given_names_after_a_regnal_title_keep_the_numeral(
    text: str, lang: str, speaker: str
) -> None:
    assert find_quotes(text, lang)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We agree,” said workers at Ford II.",
        "“We agree,” said Vatican II.",
        "“We agree,” said Phase II.",
        "“We agree,” said Section IV.",
    ],
)
def test_a_numeral_with_no_regnal_title_is_no_part_of_a_name(text: str) -> None:
    speaker = find_quotes(text, "en")[-1].speaker or ""
    assert not speaker.endswith(("II", "IV"))


def test_a_regnal_name_before_a_possessive_is_no_speaker() -> None:
    for text in (
        "“We agree,” said King Charles III’s spokesman.",
        "“We agree,” said King Charles’s spokesman.",
    ):
        quote = find_quotes(text, "en")[-1]
        assert quote.speaker not in ("Charles III", "Charles") and quote.confidence == "low"
