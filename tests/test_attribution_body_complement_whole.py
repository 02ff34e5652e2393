"""A body named by a lower-case noun and its complement is named whole or not at all (fr, es;
frfix26)."""

from __future__ import annotations

import pytest

from tests.quoted import assert_credited

# (lang, text, speaker, confidence): gold set before the code ran; None names nobody
CASES = [
    # a person's name after a bare "de": the party, or his lawyer; never a cut name
    ("fr", "« Ma cliente conteste tout », a déclaré le conseil de Paul Verdier.", None, None),
    ("fr", "« La loi passera », a estimé le gouvernement de Claire Dumont.", None, None),
    ("fr", "« Nous irons en justice », a indiqué le parti de Jean-Marc Lefort.", None, None),
    ("es", "«Recurriremos», anunció el gobierno de Luis Ortega.", None, None),
    ("es", "«Recurriremos», anunció el partido de Carmen Vidal.", None, None),
    # "el policía" is an officer, "la policía" the force
    ("es", "«Hay una investigación», declaró el policía de la Guardia Costera.", None, None),
    (
        "es",
        "«Hay tres heridos», anunció la policía de la Guardia Costera.",
        "policía de la Guardia Costera",
        "high",
    ),
    # several words after a bare "de", or a capitalised word further on: whole, not sure
    (
        "fr",
        "« Une enquête est ouverte », a annoncé la présidence de Radio Atlantique.",
        "présidence de Radio Atlantique",
        "low",
    ),
    (
        "fr",
        "« Les visas sont suspendus », a indiqué l'ambassade de Nouvelle Calédonie à Paris.",
        "ambassade de Nouvelle Calédonie",
        "low",
    ),
    (
        "es",
        "«Recurriremos», anunció el ministerio de Asuntos Exteriores.",
        "ministerio de Asuntos Exteriores",
        "low",
    ),
    (
        "es",
        "«Recurriremos», anunció el tribunal de Nueva Granada.",
        "tribunal de Nueva Granada",
        "low",
    ),
    # negatives: one-word and articled complements stay the body at high; a role names nobody
    (
        "fr",
        "« Les exercices sont terminés », a indiqué le ministère des Armées.",
        "ministère des Armées",
        "high",
    ),
    ("fr", "« Le marché est fermé », a indiqué la mairie de Lyon.", "mairie de Lyon", "high"),
    (
        "fr",
        "« La route est coupée », a indiqué la préfecture du Nord.",
        "préfecture du Nord",
        "high",
    ),
    ("fr", "« Il faut vacciner », a déclaré le ministre de la Santé.", None, None),
    (
        "es",
        "«Hay tres heridos», anunció el ministerio de Sanidad.",
        "ministerio de Sanidad",
        "high",
    ),
    (
        "es",
        "«Hay tres heridos», anunció el ayuntamiento de Las Palmas.",
        "ayuntamiento de Las Palmas",
        "high",
    ),
    ("es", "«No hay riesgo», dijo el ministro de Sanidad.", None, None),
    # French writes a body's adjective in lower case: the name runs on over it; where the clause
    # goes on past it, its end is no sure one (frfix26b)
    (
        "fr",
        "« Nous rappelons notre ambassadeur », a indiqué le ministère des Affaires étrangères.",
        "ministère des Affaires étrangères",
        "high",
    ),
    (
        "fr",
        "« Nous rappelons notre ambassadeur », a dit le ministère russe des Affaires étrangères.",
        "ministère russe des Affaires étrangères",
        "high",
    ),
    (
        "fr",
        "« Les centrales fermeront », a indiqué le ministère de la Transition écologique.",
        "ministère de la Transition écologique",
        "high",
    ),
    (
        "fr",
        "« Les centrales fermeront », a précisé le ministère de la Transition écologique dans un"
        " communiqué.",
        "ministère de la Transition écologique",
        "low",
    ),
    (
        "es",
        "«Hay tres heridos», anunció el ministerio de Sanidad chileno.",
        "ministerio de Sanidad chileno",
        "high",
    ),
    # negatives: a day or a preposition after the complement is no part of the body's name
    (
        "fr",
        "« Les exercices sont terminés », a indiqué le ministère des Armées mardi.",
        "ministère des Armées",
        "high",
    ),
    (
        "fr",
        "« Les exercices sont terminés », a indiqué le ministère des Armées dans un communiqué.",
        "ministère des Armées",
        "high",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "confidence"), CASES)
def test_speaker(lang: str, text: str, speaker: str | None, confidence: str | None) -> None:
    assert_credited(text, lang, speaker, confidence)
