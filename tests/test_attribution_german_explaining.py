"""German verbs of explaining ("erläutern") report words like "erklären"."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("„Es gibt zwei Arten“, erläuterte Jan Roth.", "high"),
        ("Jan Roth erläuterte, es gebe „zwei Arten“.", "high"),
        # a long object with a relative clause before the colon
        (
            "Jan Roth erläutert die These, die geprüft werden soll, so: „Es gibt zwei Arten.“",
            "high",
        ),
    ],
)
def test_explaining_reports_words(text: str, confidence: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Jan Roth", confidence)


def test_explained_as_an_adjective_reports_nothing() -> None:
    quote = only_quote("Die erläuterte These sei „falsch“, sagte Jan Roth.", "de")
    assert (quote.speaker, quote.cue) == ("Jan Roth", "sagte")
