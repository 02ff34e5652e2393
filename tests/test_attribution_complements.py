"""What follows a speaker's name or role (a time, a place, a party) is never taken for the name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "after",
    [
        "sagte Becker am Abend",
        "erklärte Becker am Freitagmorgen in Köln",
        "sagte Becker im Gespräch",
    ],
)
def test_a_time_or_place_after_a_lone_surname_is_not_part_of_the_name(after: str) -> None:
    # a surname ending like a noun of agent ("-er") is read as a role, which ran on into "am Abend"
    [quote] = find_quotes(f"„Wir bleiben hier“, {after}.", "de")
    assert quote.speaker == "Becker"
