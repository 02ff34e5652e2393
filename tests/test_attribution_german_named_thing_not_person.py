"""A first name that names a thing ("Klinik „Maria Hilf“") is no second person of its gender."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz ist Ärztin in der Klinik „Maria Hilf“. Sie sagt: „Ich bleibe bis zum Ende.“",
        "Anna Lenz ist Lehrerin an der Maria Montessori Schule. Sie sagt: „Ich bleibe hier.“",
        "Anna Lenz wohnt in der Maria Lenz-Straße. Sie sagt: „Ich bleibe bis zum Ende.“",
    ],
)
def test_a_named_thing_leaves_the_one_woman(text: str) -> None:
    said = find_quotes(text, "de")[-1]
    assert (said.speaker, said.confidence) == ("Anna Lenz", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz traf Petra Pau in Berlin. Sie sagt: „Ich bleibe bis zum Ende.“",
        "Anna Lenz traf Petra Pau an der Schule. Sie sagt: „Ich bleibe bis zum Ende.“",
    ],
)
def test_a_second_woman_still_leaves_nobody(text: str) -> None:
    assert find_quotes(text, "de")[-1].speaker is None
