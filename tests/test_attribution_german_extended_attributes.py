"""German extended attributes: a participle or adjective with its own words between the article
and the noun ("der als Gegner des Plans bekannte Unternehmer X") is part of the subject."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The last quotation of `text`."""
    return find_quotes(text, "de")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Der als Gegner des Plans bekannte Unternehmer Karl Brenner rief: „Das ist ein Fehler!“",
        "Der sich selbst als Retter der Stadt feiernde Unternehmer Karl Brenner rief vor den"
        " Anwohnern aus: „Das ist ein Fehler!“",
        "Die Menge jubelte und der für den Verein stürmende Spieler Karl Brenner rief: „Weiter!“",
        "Der seit Jahren in Bremen lebende Karl Brenner sagte: „Das ist ein Fehler!“",
        "Der 1950 in Bremen geborene Autor Karl Brenner sagte: „Das ist ein Fehler!“",
    ],
)
def test_an_extended_attribute_belongs_to_the_subject(text: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence) == ("Karl Brenner", "high")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adjective first is a plain one; an article closes no attribute
        ("Der österreichische Kanzler Karl Brenner sagte: „Das ist ein Fehler!“", "Karl Brenner"),
        (
            "Die Sprecherin der Fraktion im Landtag, Eva Ems, sagte: „Das ist ein Fehler!“",
            "Eva Ems",
        ),
        # an attribute in an object or a dative: that person is spoken of or to
        (
            "Den für Umwelt zuständigen Minister Jan Roth kritisierte Eva Ems:"
            " „Das ist ein Fehler!“",
            "Eva Ems",
        ),
        (
            "„Das ist ein Fehler!“, sagte Eva Ems dem für Umwelt zuständigen Minister Jan Roth.",
            "Eva Ems",
        ),
        # a relative clause ends in its verb, no adjective before a noun
        ("Die Zeugin, die in Bremen Streife fuhr, sagte: „Das ist ein Fehler!“", "Zeugin"),
    ],
)
def test_other_phrases_read_as_before(text: str, speaker: str) -> None:
    assert _quote(text).speaker == speaker
