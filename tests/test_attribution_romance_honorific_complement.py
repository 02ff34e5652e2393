"""French and Spanish: a role of a person named by an honorific ("le fils de M. X") names nobody."""
# world22: "Le successeur de M. Poulain, l'actuel maire Thomas Berthier, a déclaré « … »" gave
# the role, "successeur de M. Poulain", as the speaker (low): the abbreviation's point cut the
# words the role was read from. Someone of that person's speaks, named nowhere.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str, lang: str) -> str | None:
    (quote,) = find_quotes(text, lang, "")
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le successeur de M. Poulain, l'actuel maire, a déclaré qu'il fallait « partir ».",
            "fr",
        ),
        ("Le fils de M. Poulain a déclaré qu'il fallait « tourner la page ».", "fr"),
        ('El hijo del Sr. Poulain dijo que había que "pasar página".', "es"),
    ],
)
def test_the_role_of_a_person_by_honorific_is_nobody(text: str, lang: str) -> None:
    assert _speaker(text, lang) is None


def test_a_role_with_its_apposed_name_still_speaks() -> None:
    text = "Le maire de Lyon, Thomas Berthier, a déclaré qu'il fallait « tourner la page »."
    assert _speaker(text, "fr") == "Thomas Berthier"


def test_a_person_after_an_honorific_still_speaks() -> None:
    assert _speaker("M. Poulain a déclaré qu'il fallait « tourner la page ».", "fr") == "Poulain"
