"""Spanish: a participle agreeing with its noun names it ("las zonas declaradas «tensionadas»"):
the quoted word is a title nobody said; the invariable perfect ("ha declarado: «…»") is speech."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """The speaker and kind of each quotation of `text`."""
    return [(q.speaker, q.kind) for q in find_quotes(text, "es", "")]


@pytest.mark.parametrize(
    "text",
    [
        "La ministra Carmen Villalba anunció un tope en las zonas declaradas «tensionadas».",
        "Carmen Villalba visitó la comarca, declarada «zona catastrófica» en mayo.",
        "Carmen Villalba habló de los barrios declarados «prioritarios».",
    ],
)
def test_the_named_word_is_a_title(text: str) -> None:
    assert _said(text) == [(None, "title")]


# Negatives: the perfect with "ha", and a preposition's object after the participle, are speech.
@pytest.mark.parametrize(
    "text",
    [
        "La ministra Carmen Villalba ha declarado: «Es urgente».",
        "La ministra Carmen Villalba anunció ayuda para la zona declarada «de emergencia».",
    ],
)
def test_the_perfect_is_speech(text: str) -> None:
    assert _said(text) == [("Carmen Villalba", "speech")]
