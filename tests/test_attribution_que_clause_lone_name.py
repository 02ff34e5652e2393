"""One capitalised word after "que" is no sure speaker: a company or country is not someone."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    ("text", "lang", "main"),
    [
        (
            "Pilar Sanz cuenta que Correos perdió el paquete y le escribió a su hermana: "
            "«Estoy harta».",
            "es",
            "Pilar Sanz",
        ),
        (
            "Pilar Sanz cuenta que España perdió la final y le dijo a su hijo: «No llores».",
            "es",
            "Pilar Sanz",
        ),
        (
            "Pilar Sanz cuenta que Ortega le cortó la luz y le dijo: «Hay que pagar».",
            "es",
            "Pilar Sanz",
        ),
        (
            "Marie Leroy raconte que Renault a fermé l'usine et a dit à son mari : « On part. »",
            "fr",
            "Marie Leroy",
        ),
        (
            "Marie Leroy raconte que Paris l'a déçue et a confié à son mari : « On part. »",
            "fr",
            "Marie Leroy",
        ),
    ],
)
def test_a_lone_word_gives_no_high_speaker(text: str, lang: str, main: str) -> None:
    quote = only_quote(text, lang)
    assert quote.speaker in (None, main)
    assert quote.confidence != "high"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pilar Sanz cuenta que Juan Ortega entró en el aula y le dijo: «Aquí no se fuma».",
            "Juan Ortega",
        ),
        (
            "Juan Ortega es el casero. Pilar Sanz cuenta que Ortega le cortó la luz y le dijo: "
            "«Hay que pagar».",
            "Juan Ortega",
        ),
    ],
)
def test_a_full_name_after_que_still_speaks(text: str, speaker: str) -> None:
    quote = only_quote(text, "es")
    assert (quote.speaker, quote.confidence) == (speaker, "high")
