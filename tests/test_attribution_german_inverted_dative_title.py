"""After an inverted verb, "der" before a woman's title is a dative: her name is the object, never
the subject a later "sie" stands for; "die" before her title is the subject's article."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = " Später sagte sie: „Wir bleiben hart.“"


def _seen(text: str) -> str | None:
    """The one quotation's speaker."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Dabei half der Ministerin Eva Ems die Senatorin Anna Berg.",
        "Dagegen widersprach der Ministerin Eva Ems die Kanzlerin.",
    ],
)
def test_a_womans_title_after_der_is_a_dative(sentence: str) -> None:
    """'Dabei half der Ministerin Eva Ems die Senatorin Anna Berg. … sagte sie:' is not Ems's."""
    assert _seen(sentence + _SAID) != "Eva Ems"


def test_a_womans_title_after_die_is_the_subject() -> None:
    """'Dagegen hält die Ministerin Eva Ems nichts davon. Sie sagte:' may be hers."""
    text = "Dagegen hält die Ministerin Eva Ems nichts davon. Sie sagte: „Wir bleiben hart.“"
    assert _seen(text) == "Eva Ems"
