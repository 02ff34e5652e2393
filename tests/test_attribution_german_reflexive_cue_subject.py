"""A German subject after a cue and its reflexive ("fragen sich Anwohner seit Wochen") speaks."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, confidence) of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


# a lower-case adverbial after the subject goes on the clause the cue and "sich" open
def test_a_group_after_a_reflexive_cue_and_before_an_adverbial_speaks() -> None:
    assert _said("„Wann endet das?“, fragen sich Anwohner seit Monaten.") == [("Anwohner", "low")]


def test_a_name_after_a_reflexive_cue_and_before_an_adverbial_speaks() -> None:
    assert _said("„Wann endet das?“, fragt sich Ulla Brandt seit Monaten.")[0][0] == "Ulla Brandt"


# Negative: the plain cue keeps what it gave, and a noun that is no subject stays nobody
def test_the_plain_cue_is_unchanged() -> None:
    assert _said("„Wann endet das?“, fragen Anwohner.") == [("Anwohner", "low")]


def test_no_cue_before_the_word_names_nobody() -> None:
    assert _said("„Wann endet das?“ Anwohner warten seit Monaten.")[0][0] is None
