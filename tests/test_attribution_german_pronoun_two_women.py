"""A German "sie" after a sentence that names two women in full (subject and object) may be
either: nobody; a man as the object leaves the woman."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz traf Petra Pau in Berlin. Sie wurde danach mit den Worten zitiert: „Es war "
        "ein gutes Gespräch.“",
        "Anna Lenz traf Petra Pau. Sie hob die „gute Zusammenarbeit“ hervor.",
        "Anna Lenz traf Petra Pau in Berlin. Sie sagte: „Es war ein gutes Gespräch.“",
    ],
)
def test_either_woman_is_nobody(text: str) -> None:
    assert only_quote(text, "de").speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz traf Jan Roth in Berlin. Sie sagte: „Es war ein gutes Gespräch.“",
        "Anna Lenz traf Jan Roth. Sie hob die „gute Zusammenarbeit“ hervor.",
        "Jan Roth und Anna Lenz trafen sich. Er wurde danach mit den Worten zitiert: „Es war gut.“",
    ],
)
def test_the_one_of_the_pronouns_gender(text: str) -> None:
    assert only_quote(text, "de").speaker in {"Anna Lenz", "Jan Roth"}
