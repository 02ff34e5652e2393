"""A quoted thing a separable verb puts somewhere or gives to something is nobody's words."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Die Bibliothekarin Anna Lenz räumte die „verbotenen Bücher“ wieder ins Regal ein.",
        "Anna Lenz räumte die „verbotenen Bücher“ ins Regal ein.",
        "Der Koch Jan Roth fügte der Suppe „eine Prise Zimt“ hinzu.",
        "Anna Lenz arbeitet in der Bibliothek. Sie räumte die „verbotenen Bücher“ ins Regal ein.",
        "Jan Roth schrieb seiner Tochter. Er fügte dem Brief ein „kleines Geschenk“ hinzu.",
        "Der Koch Jan Roth fügte „eine Prise Zimt“ zur Suppe hinzu.",
        "Anna Lenz räumte die „alten Akten“ in den Schrank ein.",
        "Tom Roe sprach zuerst. Er fügte dem Bericht an die Kommission „eine Warnung“ hinzu.",
    ],
)
def test_a_placed_thing_names_no_speaker(text: str) -> None:
    assert only_quote(text, "de").speaker is None


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("Die Ministerin Anna Lenz räumte „schwere Fehler“ ein.", "high"),
        ("Die Ministerin Anna Lenz räumte „gewisse Versäumnisse“ bei der Planung ein.", "high"),
        ("Die Ministerin Anna Lenz fügte „mit Nachdruck“ hinzu.", "high"),
        # a setting, a time or a manner after the quotation puts nothing anywhere
        ("Anna Lenz räumte „die Fehler ihres Hauses“ in einer Pressekonferenz ein.", "high"),
        ("Anna Lenz räumte „den Fehler“ auf der Pressekonferenz am Montag ein.", "high"),
        ("Anna Lenz räumte „einen schweren Fehler“ an diesem Abend ein.", "high"),
        ("Anna Lenz räumte „die eigenen Versäumnisse“ unter Tränen ein.", "high"),
        ("Anna Lenz fügte „ein klares Nein zur Steuer“ in der Sitzung hinzu.", "high"),
        ("Anna Lenz räumte den Kritikern gegenüber „einen schweren Fehler“ ein.", "high"),
        ("Anna Lenz fügte den Kritikern gegenüber „ein klares Nein“ hinzu.", "high"),
        ("Anna Lenz ist Ministerin. Sie räumte „schwere Fehler“ ein.", "low"),
    ],
)
def test_admitted_words_keep_their_speaker(text: str, confidence: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Anna Lenz", confidence)


def test_many_placed_clauses_stay_linear() -> None:
    text = "Anna Lenz räumte die „alten Bücher“ ins Regal ein. " * 300
    assert all(q.speaker is None for q in find_quotes(text, "de"))
