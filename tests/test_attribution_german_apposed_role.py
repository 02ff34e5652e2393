"""A name apposed with its own role ("Der Chef des Instituts, der Politiker Jan Roth,") speaks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Chef des Instituts, der Politiker Jan Roth, sagte: „Wir machen weiter.“", "Jan Roth"),
        ("Die Chefin des Instituts, die Autorin Eva Ems, sagte: „Wir machen weiter.“", "Eva Ems"),
        ("„Wir machen weiter“, sagte der Chef des Instituts, der Politiker Jan Roth.", "Jan Roth"),
    ],
)
def test_a_role_and_name_apposed_name_the_speaker(text: str, speaker: str) -> None:
    assert (_quote(text).speaker, _quote(text).confidence) == (speaker, "high")


# A body apposed between commas is no role and no name.
def test_an_apposed_body_is_no_name() -> None:
    quote = _quote("Der Chef der Firma, der Deutschen Bank AG, sagte: „Wir machen weiter.“")
    assert quote.speaker == "Chef der Firma"
