"""French and Spanish: a role as the cue's subject (fixrom26)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang) if q.kind != "title"]


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("es", "«No vamos a ceder», remarcó el Presidente.", "Presidente"),
        ("es", "«Las cuentas cuadran», dijo la ministra.", "ministra"),
        ("es", "«Lo pagarán», advirtió el presidente del Gobierno.", "presidente del Gobierno"),
        ("fr", "« Tout est prêt », a déclaré le ministre.", "ministre"),
        ("fr", "« C'est réglé », affirme le maire de Lyon.", "maire de Lyon"),
        ("fr", "« Tout va bien », a assuré le Premier ministre.", "Premier ministre"),
        ("fr", "Le juge a estimé que « la peine est juste ».", "juge"),
        ("es", "El portavoz explicó: «No hay cambios».", "portavoz"),
    ],
)
def test_an_unheld_role_is_the_speaker_as_written_low(lang: str, text: str, role: str) -> None:
    assert _said(text, lang) == [(role, "low")]


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("es", "«Rien», dijo el portavoz de la Casa Blanca.", "portavoz de la Casa Blanca"),
        (
            "fr",
            "« Rien », a déclaré la porte-parole de la Maison Blanche.",
            "porte-parole de la Maison Blanche",
        ),
    ],
)
def test_the_role_runs_through_its_complements_name(lang: str, text: str, role: str) -> None:
    assert _said(text, lang) == [(role, "low")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "«Es un error», dijo el abogado de Luis Ferrán."),
        ("fr", "« Il ne reviendra pas », a déclaré l'avocat de Paul Marot."),
        ("fr", "Paul Marot a été mis en examen. « Il est innocent », a déclaré l'avocat de Marot."),
        ("fr", "« Il ne reviendra pas », a confié un proche de Paul Marot."),
        ("es", "«No volverá», dijo un allegado de Paul Marot."),
    ],
)
def test_a_role_a_person_owns_names_nobody(lang: str, text: str) -> None:
    assert _said(text, lang) == [(None, "low")]


@pytest.mark.parametrize(
    ("lang", "text", "holder"),
    [
        (
            "es",
            "El presidente de Colombia, Iván Duque, visitó Madrid. "
            "«No vamos a ceder», remarcó el Presidente.",
            "Iván Duque",
        ),
        (
            "fr",
            "Le ministre de l'Économie, Bruno Lemaire, était à Lyon. "
            "« Nous tiendrons nos engagements », a déclaré le ministre.",
            "Bruno Lemaire",
        ),
    ],
)
def test_the_holder_named_before_speaks(lang: str, text: str, holder: str) -> None:
    assert [s for s, _ in _said(text, lang)] == [holder]


def test_two_holders_of_a_role_leave_it_as_written() -> None:
    text = (
        "El ministro de Hacienda, Luis Ferrán, y el ministro de Defensa, Tomás Aranda, se "
        "reunieron. «Hay acuerdo», dijo el ministro."
    )
    assert _said(text, "es") == [("ministro", "low")]


def test_a_role_after_another_speaker_is_not_carried() -> None:
    text = "«Vamos a ganar», dijo María López. «No lo creo», respondió el ministro."
    assert _said(text, "es") == [("María López", "high"), ("ministro", "low")]
