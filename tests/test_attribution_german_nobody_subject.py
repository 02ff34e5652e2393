"""German: a negative subject (niemand, keiner, kein X) names no speaker."""
# fixW23: "Niemand nannte den Plan „mutig“." gave "Niemand" at high ("Keiner" gave nobody).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    return find_quotes(text, "de", "")[-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "Niemand nannte den Plan „mutig“.",
        "Keiner nannte den Plan „mutig“.",
        "Niemand sagte Peter Lenz: „Das ist mutig.“",
        "Kein Politiker nannte den Plan „mutig“.",
        "Keine Ministerin sagte: „Das ist mutig.“",
    ],
)
def test_nobody_said_it(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Niemand widersprach. Peter Lenz nannte den Plan „mutig“.",
        "Peter Lenz sagte: „Niemand hat damit gerechnet.“",
        "„Das ist mutig“, sagte Peter Lenz, niemand habe damit gerechnet.",
        "Peter Lenz sagte: „Kein Politiker ist mutig.“",
    ],
)
def test_a_niemand_elsewhere_leaves_the_speaker(text: str) -> None:
    assert _speaker(text) == "Peter Lenz"
