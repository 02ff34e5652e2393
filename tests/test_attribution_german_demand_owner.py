"""A demand or a criticism that "lautet" speaks for its owner: "Die Forderung von X lautet: „…“"."""

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
        ("Die Forderung von Jan Roth lautet: „Wir machen weiter.“", "Jan Roth"),
        ("Die Kritik der Ministerin Eva Ems lautete: „Das geht so nicht.“", "Eva Ems"),
    ],
)
def test_the_owner_of_a_demand_speaks(text: str, speaker: str) -> None:
    assert _quote(text).speaker == speaker


# With no owner named the demand is nobody's, never "Forderung".
def test_a_demand_with_no_owner_names_nobody() -> None:
    assert _quote("Die Forderung lautet: „Wir machen weiter.“").speaker is None
