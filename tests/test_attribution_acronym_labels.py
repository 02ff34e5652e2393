"""An acronym before a name labels it ("NBA MVP Tom Hale"): the name starts after it."""
# The engineer's own sentences (session 20, fixF).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was a shock,” said NBA MVP Tom Hale.", "Tom Hale"),
        ("“It was a shock,” said Super Bowl MVP Patrick Mahomes.", "Patrick Mahomes"),
        ("“It was a shock,” said Acme Corp CFO Tom Hale.", "Tom Hale"),
    ],
)
def test_the_name_starts_after_an_acronym(text: str, speaker: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was a shock,” said AJ Hale.", "AJ Hale"),  # initials before a surname
        ("“It was a shock,” said TOM JOHN HALE.", "TOM JOHN HALE"),  # all in capitals
        ("“It was a shock,” said Henry Ford II.", "Henry Ford II"),  # a Roman numeral
    ],
)
def test_initials_capitals_and_numerals_stay(text: str, speaker: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker == speaker


def test_a_french_party_acronym_still_goes() -> None:
    quote = find_quotes("« C'est fini », a dit LFI Éric Coquerel.", "fr", "")[-1]
    assert quote.speaker == "Éric Coquerel"
