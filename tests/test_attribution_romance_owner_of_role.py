"""French: "le porte-parole du candidat Paul Marin" is the candidate's spokesman, never Paul Marin;
the role after "du" is a title as in Spanish ("el portavoz del candidato Pablo Marín")."""
# fixF24: "candidat", "avocat", "entraîneur", "capitaine" were missing from the French titles, so
# the run before the cue stopped at the name and it spoke (high).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str = "fr") -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le porte-parole du candidat Paul Marin a affirmé : « Nous irons jusqu'au bout. »", "fr"),
        ("« Nous irons jusqu'au bout », a affirmé le porte-parole du candidat Paul Marin.", "fr"),
        ("L'épouse de l'avocat Paul Marin a affirmé : « Nous irons jusqu'au bout. »", "fr"),
        ("El portavoz del candidato Pablo Marín afirmó: «Llegaremos hasta el final».", "es"),
    ],
)
def test_the_owner_of_a_role_is_not_its_speaker(text: str, lang: str) -> None:
    assert _said(text, lang) == [(None, "low")]


# Negatives: the title right before the name is the name's own.
@pytest.mark.parametrize(
    "text",
    [
        "Le candidat Paul Marin a affirmé : « Nous irons jusqu'au bout. »",
        "L'avocat Paul Marin a affirmé : « Nous irons jusqu'au bout. »",
        "« Nous irons jusqu'au bout », a affirmé l'entraîneur Paul Marin.",
        "« Nous irons jusqu'au bout », a affirmé le candidat Paul Marin.",
    ],
)
def test_a_title_before_the_name_is_its_own(text: str) -> None:
    assert _said(text)[0][0] == "Paul Marin"
