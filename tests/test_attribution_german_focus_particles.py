"""A focus particle before a subject ("Selbst der Minister", "Sogar die Ministerin") is no name."""

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
        (
            "Selbst der Minister Jan Roth hatte kritisiert, dass sie „für Härte“ bekannt sei.",
            "Jan Roth",
        ),
        (
            "Sogar die Ministerin hatte kritisiert, dass sie „für ihre Haltung“ bekannt sei.",
            "Ministerin",
        ),
    ],
)
def test_the_subject_after_a_focus_particle_speaks(text: str, speaker: str) -> None:
    assert _quote(text).speaker == speaker


# "selbst" after the pronoun is "himself": the pronoun still speaks.
def test_selbst_after_a_pronoun_leaves_it_the_speaker() -> None:
    quote = _quote("Jan Roth kam. „Das geht so nicht“, sagte er selbst.")
    assert (quote.speaker, quote.basis) == ("Jan Roth", "pronoun")
