"""German verbs of advising report advice as words, like "riet": "rät", "empfiehlt", "empfahl"."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin Eva Ems rät, „viel Wasser zu trinken“.",
        "„Gehen Sie sofort zum Arzt“, rät die Ärztin Eva Ems.",
        "Die Ärztin Eva Ems empfiehlt den Eltern: „Gehen Sie sofort zum Arzt.“",
        "„Gehen Sie sofort zum Arzt“, empfahl die Ärztin Eva Ems.",
    ],
)
def test_a_verb_of_advising_is_a_cue(text: str) -> None:
    assert (_quote(text).speaker, _quote(text).confidence) == ("Eva Ems", "high")


# A work recommended is a title, nobody's words.
def test_a_recommended_title_quotes_nobody() -> None:
    quote = _quote("Die Kritikerin Eva Ems empfiehlt den Film „Der lange Weg“.")
    assert (quote.speaker, quote.kind) == (None, "title")
