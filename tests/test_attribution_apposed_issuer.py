"""A name, an aside set off by commas, a verb giving out a message and a colon: the name's words."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Carl Dunne, R-Ohio, delivered a blunt message to Mia Ford: “Stop the attacks.”",
            "Carl Dunne",
        ),
        (
            "Carl Dunne, the party whip, sent a warning to members: “Stop the attacks.”",
            "Carl Dunne",
        ),
        (
            "Senate Whip Carl Dunne, D-Ore., had a message for the mayor: “Stop the attacks.”",
            "Carl Dunne",
        ),
    ],
)
def test_the_name_before_the_aside_gives_out_the_message(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a list of names, not an aside
        "Carl Dunne, Mia Ford and Ben Hart delivered a blunt message to the mayor: “Stop.”",
        "Carl Dunne, Mia Ford, and Ben Hart delivered a blunt message to the mayor: “Stop.”",
        # the message is someone else's
        "After Carl Dunne spoke, the mayor delivered a blunt message to him: “Stop.”",
        # a relative clause after the one it is for: the colon is the relative's (review 25b)
        "Carl Dunne, R-Ohio, delivered a blunt message to Mia Ford, who replied: “Never.”",
        "Carl Dunne, R-Ohio, had a message for Mia Ford, who answered: “Never.”",
    ],
)
def test_no_aside_no_issuer(text: str) -> None:
    assert _last(text).speaker is None


def test_many_asides_stay_quick() -> None:
    text = "Carl Dunne, R-Ohio, delivered a message. " * 2000 + "Carl Dunne, R-Ohio, sent a note:"
    assert _last(text + " “Stop.”").speaker == "Carl Dunne"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # after a clause set off by a comma, "who" goes back to the name right before it
        ("Carl Dunne, R-Ohio, met Mia Ford, who replied: “Never.”", "Mia Ford"),
        # an apposition before "who" still describes the first name
        ("Lee Holt, an aide to Mia Ford, who said: “Never.”", "Lee Holt"),
        ("Peter King, Republican of New York, who said: “Never.”", "Peter King"),
    ],
)
def test_a_relative_after_a_clause_goes_back_to_its_name(text: str, who: str) -> None:
    assert _last(text).speaker == who
