"""A capital elided onto a lower-case noun opening a sentence ("L'épouse de …") is no name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> tuple[str | None, str, str]:
    """The speaker, confidence and basis of the text's one quotation."""
    [quote] = find_quotes(text, "fr", "")
    return quote.speaker, quote.confidence, quote.basis


# The noun after the article speaks for the name after "de": the one who speaks is unnamed, as
# after "La femme de Pierre Dupont".
@pytest.mark.parametrize(
    "text",
    [
        "L'épouse de Pierre Dupont a déclaré : « Nous réfléchissons. »",
        "L'avocat de Pierre Dupont a déclaré : « Nous réfléchissons. »",
        "L’avocate de Pierre Dupont a défendu son client. « Non », a-t-elle déclaré.",
        "La femme de Pierre Dupont a déclaré : « Nous réfléchissons. »",
    ],
)
def test_the_noun_after_an_elided_article_speaks_unnamed(text: str) -> None:
    assert _said(text)[0] is None


# The name after "de" is the article's own full name for that surname, never "L'avocat de …".
@pytest.mark.parametrize(
    "text",
    [
        "L'avocat de Pierre Dupont a défendu son client. « Non », a déclaré M. Dupont.",
        "L'ancien ministre Pierre Dupont a défendu le budget. « Non », a déclaré M. Dupont.",
    ],
)
def test_a_surname_later_is_the_name_after_the_elided_noun(text: str) -> None:
    assert _said(text) == ("Pierre Dupont", "high", "cue_after")


# A capital after the apostrophe is part of a name ("L'Oréal", "O'Brien").
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Pat O'Brien defended the budget. “We are thinking,” O'Brien said.", "Pat O'Brien"),
        ("fr", "« Nous réfléchissons », a déclaré Jean D'Arcy.", "Jean D'Arcy"),
    ],
)
def test_a_capital_after_the_apostrophe_stays_in_the_name(lang: str, text: str, name: str) -> None:
    [quote] = find_quotes(text, lang, "")
    assert quote.speaker == name
