"""A German first place with a relative clause on its noun: the subject follows the verb."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        # not "rügte", a verb of saying since deverbs26 (its subject is then sure: high)
        "In einem Bericht, der am Montag erschien, empfand Jan Roth den Plan als"
        " „völlig verfehlt“.",
        "In dem Brief, den er schrieb, wies Jan Roth die Kritik als „absurd“ zurück.",
        "Auf der Sitzung, die am Abend stattfand, verteidigte Jan Roth die „mutige Aktion“.",
    ],
)
def test_subject_after_the_relative_clause(text: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Jan Roth", "low")


@pytest.mark.parametrize(
    "text",
    [
        # a passive after it: nobody is the subject who speaks
        "In einem Bericht, der am Montag erschien, wird der Plan als „völlig verfehlt“ bezeichnet.",
        # a comma with no relative pronoun after it: no plain first place
        "In einem Bericht, am Montag, empfand Jan Roth den Plan als „völlig verfehlt“.",
    ],
)
def test_no_subject_past_other_commas(text: str) -> None:
    assert only_quote(text, "de").speaker is None
