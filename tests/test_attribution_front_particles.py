"""A surname's own particle, capitalised, opening a name: "Le Pen", "De Gaulle", "Da Silva"."""
# "dijo De Guindos" and "a déclaré De Gaulle" named nobody (the particle was read as a
# preposition). Capitalised as a word of the name, the particle is the surname's; the full name
# the article gives ending so names the speaker ("Marine Le Pen … said Le Pen": Marine Le Pen),
# unless it gives two. A particle that is the language's article ("Le" in French, "Al" in
# Spanish) is cut as before: as often a paper's or a body's name ("Selon Le Monde").

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation."""
    quote = find_quotes(text, lang, "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "« Nous sommes prêts », a déclaré Lise Le Bihan.", "Lise Le Bihan"),
        ("en", "“We are ready,” said Le Bihan.", "Le Bihan"),
        ("en", "Le Bihan said: “We are ready.”", "Le Bihan"),
        ("fr", "« Nous sommes prêts », a déclaré De Marsac.", "De Marsac"),
        ("es", "«Estamos listos», dijo De Olmedo.", "De Olmedo"),
        ("es", "De Olmedo dijo: «Estamos listos».", "De Olmedo"),
        ("es", "«Estamos listos», dijo Da Rocha.", "Da Rocha"),
        ("en", "“We are ready,” said De Marsac.", "De Marsac"),
        ("de", "„Wir sind bereit“, sagte Van Dalen.", "Van Dalen"),
    ],
)
def test_a_capitalised_particle_stays_with_its_surname(lang: str, text: str, name: str) -> None:
    assert _last(text, lang) == (name, "high")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Lise Le Bihan est arrivée lundi. « Nous sommes prêts », a déclaré Le Bihan.",
            "Lise Le Bihan",
        ),
        (
            "es",
            "Tomás de Olmedo llegó el lunes. «Estamos listos», dijo De Olmedo.",
            "Tomás de Olmedo",
        ),
        ("en", "Lise Le Bihan arrived on Monday. “We are ready,” said Le Bihan.", "Lise Le Bihan"),
    ],
)
def test_the_particled_surname_takes_the_full_name(lang: str, text: str, name: str) -> None:
    assert _last(text, lang) == (name, "high")


def test_two_bearers_of_the_particled_surname_leave_it_unnamed() -> None:
    text = "Lise Le Bihan and Paul Le Bihan arrived. “We are ready,” said Le Bihan."
    assert _last(text, "en")[0] is None


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # lower case, the particle is a preposition or an article and stays out
        ("es", "De Madrid llegó Ana Ruiz. «Estamos listos», dijo Ana Ruiz.", "Ana Ruiz"),
        ("fr", "« Nous sommes prêts », a déclaré Lise Dupont.", "Lise Dupont"),
        ("es", "Al final, Ana Ruiz dijo: «Estamos listos».", "Ana Ruiz"),
        ("fr", "Selon Le Courrier, Lise Dupont a dit : « Nous sommes prêts. »", "Lise Dupont"),
        # German writes its articles in capitals before nouns: no surname opens there
        ("de", "Der Kurier schrieb: „Wir sind bereit.“", "Kurier"),
    ],
)
def test_other_words_keep_their_reading(lang: str, text: str, name: str | None) -> None:
    assert _last(text, lang)[0] == name


def test_a_body_after_an_article_keeps_its_reading() -> None:
    assert _last("La Policía dijo: «Estamos listos».", "es")[0] == "Policía"
