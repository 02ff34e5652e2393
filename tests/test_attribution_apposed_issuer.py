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
    ],
)
def test_no_aside_no_issuer(text: str) -> None:
    assert _last(text).speaker is None


def test_many_asides_stay_quick() -> None:
    text = "Carl Dunne, R-Ohio, delivered a message. " * 2000 + "Carl Dunne, R-Ohio, sent a note:"
    assert _last(text + " “Stop.”").speaker == "Carl Dunne"
