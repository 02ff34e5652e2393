"""Wrong names at high confidence: a role's complement holding another role, a contest's label,
a brand modifying a noun, two ministers taken up again.

Invented people; the gold was written before the finder was run."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation in `text`."""
    quote = find_quotes(text, lang)[0]
    return quote.speaker, quote.confidence


def _last(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in `text`."""
    quote = find_quotes(text, lang)[-1]
    return quote.speaker, quote.confidence


# whose name it is, the lawyer's or the minister's, the sentence does not tell: nobody
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "«Vamos a recurrir», dijo el abogado de la ministra, Lucía Herrero, ante la prensa.",
        ),
        ("es", "«Vamos a recurrir», dijo el portavoz del alcalde, Tomás Vidal, por la tarde."),
        (
            "fr",
            "« Nous ferons appel », a déclaré l'avocat du ministre de l'Intérieur, Jean Roux, "
            "devant la presse.",
        ),
        # a contest's label before a colon: two sides, no speaker
        ("de", "Jan Roth vs. Eva Klar: „Das wird ein harter Kampf.“"),
        ("de", "Jan Roth vs Eva Klar: „Das wird ein harter Kampf.“"),
        ("de", "Jan Roth gegen Eva Klar: „Das wird ein harter Kampf.“"),
        # an account's brand is no name ("Twitter du ministère")
        ("fr", "Le compte Twitter du ministère a écrit : « Nous restons mobilisés. »"),
        ("fr", "La page Facebook de la mairie a écrit : « Nous restons mobilisés. »"),
        ("es", "La cuenta Twitter del ministerio escribió: «Seguimos movilizados»."),
    ],
)
def test_no_wrong_name(lang: str, text: str) -> None:
    assert _first(text, lang)[0] is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "«Vamos a recurrir», dijo la ministra de Sanidad, Lucía Herrero, ante la prensa.",
            "Lucía Herrero",
        ),
        (
            "fr",
            "« Nous ferons appel », a déclaré le ministre de l'Intérieur, Jean Roux, hier.",
            "Jean Roux",
        ),
        ("de", "Das Duell lief lange. Eva Klar: „Das wird ein harter Kampf.“", "Eva Klar"),
        ("de", "Jan Roth ist fit. Eva Klar: „Das wird ein harter Kampf.“", "Eva Klar"),
        ("de", "Mit Blick auf das Spiel gegen Bayern sagte Eva Klar: „Das wird hart.“", "Eva Klar"),
        ("fr", "Le journaliste Jean Roux a écrit : « Nous restons mobilisés. »", "Jean Roux"),
        ("fr", "Le ministre Jean Roux a écrit : « Nous restons mobilisés. »", "Jean Roux"),
        ("es", "La Agencia Tributaria escribió: «Seguimos movilizados».", "Agencia Tributaria"),
    ],
)
def test_right_name_kept(lang: str, text: str, speaker: str) -> None:
    assert _first(text, lang) == (speaker, "high")


_TWO = "La ministra de Sanidad, Ana Ruiz, y {} de Hacienda, {}, se reunieron ayer. "


# two ministers introduced: the one the cue's gender fits, never the first at high
def test_two_ministers_by_gender() -> None:
    text = _TWO.format("el ministro", "Pedro Gil") + "«No habrá recortes», dijo el ministro."
    assert _last(text, "es")[0] in ("Pedro Gil", None)
    same = _TWO.format("la ministra", "Marta Gil") + "«No habrá recortes», dijo la ministra."
    assert _last(same, "es")[0] is None


# a sentence that only ends in "gegen X:" is no contest's label
def test_a_clause_before_gegen_is_no_label() -> None:
    text = "Ama Owusu sprach lange. Sie äußerte sich gegen Illusionen: „Ich habe keine Angst.“"
    assert _first(text, "de")[0] == "Ama Owusu"
