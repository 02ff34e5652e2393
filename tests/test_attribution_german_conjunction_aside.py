"""A comma and a conjunction after a phrase open a clause the cue closes: no aside before it."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


# "Trotz" and "Wegen" open the sentence; the cue belongs to the clause after the conjunction.
@pytest.mark.parametrize(
    "text",
    [
        "Trotz der Kritik der SPD, dass Jan Roth sagte, es sei ein „teurer Irrweg“, blieb es so.",
        "Trotz des Ärgers, weil Jan Roth erklärte, es sei ein „teurer Irrweg“, blieb es so.",
    ],
)
def test_the_opening_phrase_before_a_conjunction_is_no_speaker(text: str) -> None:
    assert _quote(text).speaker not in ("Trotz", "Trotz der Kritik der SPD")


# An apposition between commas still leaves its name the speaker.
def test_an_apposition_is_still_an_aside() -> None:
    quote = _quote("Jan Roth, ein Sprecher der Stadt, sagte: „Wir machen weiter.“")
    assert (quote.speaker, quote.confidence) == ("Jan Roth", "high")
