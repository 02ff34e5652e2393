"""A connective alone before a colon between two quotations ("„…“ Und: „…“") goes on."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("connective", ["Und", "Und weiter", "Außerdem"])
def test_a_connective_and_a_colon_carry_the_speaker(connective: str) -> None:
    text = f"Jan Roth sagte: „Wir machen weiter.“ {connective}: „Es gibt keinen anderen Weg.“"
    second = find_quotes(text, "de")[1]
    assert (second.speaker, second.confidence, second.basis) == ("Jan Roth", "low", "carried")


# A name before the colon is a speaker of its own; a heading-like word is no connective.
@pytest.mark.parametrize(
    ("between", "speaker"),
    [("Eva Ems", "Eva Ems"), ("Fazit", None)],
)
def test_other_words_before_the_colon_do_not_carry(between: str, speaker: str | None) -> None:
    text = f"Jan Roth sagte: „Wir machen weiter.“ {between}: „Es gibt keinen anderen Weg.“"
    assert find_quotes(text, "de")[1].speaker == speaker
