"""English: "St.", "Ave.", "Rd.", "Blvd." after a capitalised word close a street's name; at a
sentence's end the full stop ends it and the full name after it is the speaker (fixK24:
sentences written for these tests). Before a name "St." stays a saint's or a surname's particle."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "Tom Roe said: “It was the best day of the year.”"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        f"The parade went down Main St. {_SAID}",
        f"He lived at No. 4 Elm St. {_SAID}",
        f"We drove along Park Ave. {_SAID}",
        f"The shop is on Mill Rd. {_SAID}",
        f"The march ended on Sunset Blvd. {_SAID}",
    ],
)
def test_a_street_abbreviation_before_a_full_name_ends_its_sentence(text: str) -> None:
    assert _said(text) == [("Tom Roe", "high")]  # was "Main St Tom Roe", high


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was the best day,” said Tom St. Pierre.", "Tom St. Pierre"),
        ("He flew to St. Louis. “It was the best day,” said Tom Roe.", "Tom Roe"),
        ("“It was the best day,” said Ann St. Clair Roe.", "Ann St. Clair Roe"),
    ],
)
def test_a_saints_or_surnames_particle_stays(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "high")]


def test_many_street_abbreviations_stay_fast() -> None:
    assert _said("Main St. " * 2000 + _SAID) == [("Tom Roe", "high")]
