"""A German extended attribute with a year in it ("die seit 2019 amtierende Bürgermeisterin Eva
Roth sagte:") reads as one with a noun ("seit Jahren") does (german/noun_runs.past_attribute).

Before, the year was not taken for the attribute's noun, the phrase stopped at the article, and
the named speaker of a plain cue got nobody (review32 found it)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die seit 2019 amtierende Bürgermeisterin Eva Roth sagte: „Wir prüfen das.“", "Eva Roth"),
        ("„Wir prüfen das“, sagte die seit 2019 amtierende Bürgermeisterin Eva Roth.", "Eva Roth"),
        (
            "Die bis 2021 amtierende Ministerin Ute Sand sagte der Zeitung: „Das war falsch.“",
            "Ute Sand",
        ),
        ("Der seit 2015 regierende Landrat Jan Kolb erklärte: „Wir bleiben.“", "Jan Kolb"),
        # no name in the phrase: the role as written names no one, as with "seit Jahren"
        ("Der seit 2019 amtierende Bürgermeister sagte: „Wir prüfen das.“", None),
        # a thing's attribute: the name after the verb speaks
        ("Die seit 2019 geltende Regel sei falsch, sagte Eva Roth: „Wir ändern das.“", "Eva Roth"),
    ],
)
def test_a_year_in_an_extended_attribute(text: str, speaker: str | None) -> None:
    [quote] = find_quotes(text, "de")
    assert quote.speaker == speaker


def test_dated_attributes_stay_linear() -> None:
    one = "Die seit 2019 amtierende Bürgermeisterin Eva Roth sagte: „Wir prüfen das.“\n\n"
    assert_linear(lambda n: find_quotes(one * n, "de"), 20)
