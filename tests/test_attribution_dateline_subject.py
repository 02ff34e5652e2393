"""A paragraph-opening dateline (place, date, agency) is no subject of the first sentence's cue."""
# "Madrid, 4 mar (EFE).- La ministra de Vivienda, Carmen Villalba, anunció": the place before the
# agency was read as the first part of an apposition and named the speaker (fres24).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Madrid, 4 mar (EFE).- La ministra de Vivienda, Carmen Villalba, anunció: "
            "«Es urgente».",
            "es",
        ),
        (
            "Madrid, 4 mar (EFE).- La ministra de Vivienda, Carmen Villalba, anunció que habrá "
            "un límite y que «no hay tiempo que perder».",
            "es",
        ),
        ("Lyon, 3 mai (AFP) - La maire, Carmen Villalba, a déclaré : « C'est urgent. »", "fr"),
    ],
)
def test_the_subject_after_the_dateline_speaks(text: str, lang: str) -> None:
    assert _said(text, lang)[0][0] == "Carmen Villalba"


# Negatives: past the dateline an anonymous subject names nobody, and the place never speaks.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Madrid, 4 mar (EFE).- Un portavoz del ministerio afirmó: «Es urgente».", "es"),
        (
            "WASHINGTON (AP) — A spokesman for Democratic presidential candidate Tom Hale said "
            "“we will vote no.”",
            "en",
        ),
        (
            "Lyon, 3 mai (AFP) - Un proche du maire, sous couvert d'anonymat, a déclaré : « Non. »",
            "fr",
        ),
    ],
)
def test_the_dateline_names_nobody(text: str, lang: str) -> None:
    assert _said(text, lang) == [(None, "low")]
