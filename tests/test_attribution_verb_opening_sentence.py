"""A finite verb opening a sentence before a surname is no given name ("Llegó Rajoy.")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> tuple[str | None, str]:
    quote = find_quotes(text, lang, "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Llegó Rajoy. «Es un error», dijo Rajoy.", "es", "Rajoy"),
        ("Habló Rajoy. «Es un error», dijo Rajoy.", "es", "Rajoy"),
        ("Intervino luego. Salió Zapatero. «Es tarde», dijo Zapatero.", "es", "Zapatero"),
        ("Habló Lula. «Es un error», dijo Lula.", "es", "Lula"),
        # French: only a verb the article writes lower case elsewhere ("-a" ends names too)
        ("Arriva Dupont. « C'est faux », a dit Dupont. Le train arriva tard.", "fr", "Dupont"),
    ],
)
def test_opening_verb_is_no_first_name(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0] == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Es un error», dijo José Luis Rodríguez Zapatero.", "es", "José Luis Rodríguez Zapatero"),
        (
            "Llegó José Luis Rodríguez Zapatero. «Es un error», dijo Zapatero.",
            "es",
            "José Luis Rodríguez Zapatero",
        ),
        ("María Gil votó. «Es un error», dijo Gil.", "es", "María Gil"),
        # "Paz" is written as a name inside a sentence too: a name, though "paz" is a word
        ("Paz Vega llegó. Habló de la paz con Paz Vega. «Es así», dijo Vega.", "es", "Paz Vega"),
        (
            "Marine Dupont arriva. « C'est faux », a dit Dupont. Le train arriva tard.",
            "fr",
            "Marine Dupont",
        ),
        ("Anna Dupont. « C'est faux », a dit Dupont.", "fr", "Anna Dupont"),
    ],
)
def test_given_names_at_sentence_start_stay(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0] == speaker


def test_many_sentence_first_verbs_stay_fast() -> None:
    text = "Llegó Rajoy. Habló Rajoy. " * 2000 + "«Es un error», dijo Rajoy."
    assert _said(text, "es")[0] == "Rajoy"
