"""English: "Mt.", "Ft.", "Pt." open a place's name, never a person's (known24: sentences written
for these tests). With one word after them they are a place, no speaker; before a first name and
a surname their full stop ends a sentence."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers won by 10 Pt. Tom Roe said: “We were ready for this.”",
        "The Lakers won by 10 Pt. Tom Roe said, “We were ready for this.”",
    ],
)
def test_a_place_particle_before_a_full_name_ends_its_sentence(text: str) -> None:
    assert _said(text) == [("Tom Roe", "high")]  # was "Pt Tom Roe", high


# Before a word that is no known first name, the particle may end a sentence or open a place:
# never part of the name, never sure.
def test_a_place_particle_before_an_unknown_first_name_is_never_part_of_a_sure_name() -> None:
    said = _said("The Lakers won by 10 Pt. Jamal Roe said: “We were ready for this.”")
    assert all(not (s or "").startswith("Pt") and c != "high" for s, c in said)


@pytest.mark.parametrize(
    "text",
    [
        "“We were ready for this,” said Mt. Vernon.",
        "“We were ready for this,” Mt. Vernon said.",
        "Mt. Vernon said: “We were ready for this.”",
    ],
)
def test_a_place_particle_and_one_word_is_a_place(text: str) -> None:
    assert _said(text) == [(None, "low")]  # was "Mt Vernon", high


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ft. Worth resident Ann Roe said: “We were ready for this.”", "Ann Roe"),
        ("“We were ready for this,” said Ft. Worth resident Ann Roe.", "Ann Roe"),
        ("“We were ready for this,” said Mt. Vernon Mayor Ann Roe.", "Ann Roe"),
        ("“We were ready for this,” said Tom St. Pierre.", "Tom St. Pierre"),
    ],
)
def test_a_place_before_a_person_and_a_saints_particle_stay(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "high")]


def test_a_description_with_a_particle_stays_as_written() -> None:
    quote = find_quotes("“We were ready for this,” the St. Louis mayor said.", "en")[-1]
    assert (quote.speaker, quote.confidence) == ("St. Louis mayor", "low")
