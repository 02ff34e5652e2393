"""A verb of saying in another sense ("pleaded not guilty to", "contended with"): no words said."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_LEAD = "The court sat on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Harlan Voss pleaded not guilty to “aggravated menacing.”",
        "Harlan Voss pleaded no contest to “aggravated menacing” on Monday.",
        "Harlan Voss contended with “a hostile board” for years.",
    ],
)
def test_a_charge_or_a_struggle_names_nobody(text: str) -> None:
    found = find_quotes(_LEAD + text, "en")[-1]
    assert (found.speaker, found.kind) == (None, "title")


@pytest.mark.parametrize(
    "text",
    [
        "Harlan Voss pleaded with the judge: “Let me go home.”",
        "“Let me go home,” pleaded Harlan Voss.",
        "Harlan Voss pleaded not to be jailed: “Let me go home.”",
        "Harlan Voss contended that “the board was hostile.”",
    ],
)
def test_the_verb_of_saying_still_names_its_subject(text: str) -> None:
    found = find_quotes(_LEAD + text, "en")[-1]
    assert (found.speaker, found.confidence) == ("Harlan Voss", "high")
