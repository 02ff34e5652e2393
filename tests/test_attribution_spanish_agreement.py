"""Spanish "de acuerdo con" reports words only opening a clause; after "estar" it is agreement."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    return find_quotes(text, "es", "")[-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Gil está de acuerdo con Carmen Ruiz: «Hay que bajar los impuestos».",
        "Pedro Gil estuvo de acuerdo con Carmen Ruiz. «Hay que bajar los impuestos».",
        "«Hay que bajar los impuestos». Pedro Gil está de acuerdo con Carmen Ruiz.",
    ],
)
def test_agreeing_with_someone_credits_nobody(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "De acuerdo con Carmen Ruiz, «hay que bajar los impuestos».",
        "De acuerdo con la ministra Carmen Ruiz, «hay que bajar los impuestos».",
        "«Hay que bajar los impuestos», de acuerdo con Carmen Ruiz.",
        "Según Carmen Ruiz, «hay que bajar los impuestos».",
    ],
)
def test_hearsay_opening_a_clause_names_the_source(text: str) -> None:
    assert _speaker(text) == "Carmen Ruiz"


def test_many_agreements_stay_linear() -> None:
    text = "Pedro Gil está de acuerdo con Carmen Ruiz y " * 400 + "«Hay que bajar los impuestos»."
    assert _speaker(text) is None
