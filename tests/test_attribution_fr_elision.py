"""French elision before a subject's name: "d'" is "de" (someone of that person speaks) and
"L'" with a common noun is an article, never part of a name ("L'avocat de …")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str = "fr") -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


# The person after "d'" or after "L'avocat de" is the one spoken for, never the speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Le porte-parole d'Emmanuel Macron a déclaré : « Nous verrons. »",
        "La porte-parole d’Anne Hidalgo a déclaré : « Nous verrons. »",
        "L'entourage d'Emmanuel Macron a indiqué : « Nous verrons. »",
        "Le porte-parole d'Emmanuel Macron a affirmé que « rien ne change ».",
        "L'avocat de Marie Curie a déclaré : « Elle est innocente. »",
        "L’épouse de Paul Martin a déclaré : « Il est innocent. »",
        # after a lone first name "d'" and a capital go on the surname: never the cut "Jean"
        "« Nous verrons », a déclaré Jean d'Ormesson.",
        "« Nous verrons », a déclaré Jean d’Ormesson, l'académicien.",
    ],
)
def test_the_person_after_de_or_an_elided_role_is_no_speaker(text: str) -> None:
    assert _said(text) == [(None, "low")]


# Negatives: a name that opens with an elided article and a capital stays whole; a role's
# person named after it, or a person and "d'" with a body set off after, still speak.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'Oréal a déclaré : « Nous verrons. »", "L'Oréal"),
        ("L'ancien ministre Paul Martin a déclaré : « Nous verrons. »", "Paul Martin"),
        ("Anne Morel, d'Amnesty International, a déclaré : « Nous verrons. »", "Anne Morel"),
        ("« Nous verrons », a déclaré Anne Morel d'Amnesty International.", "Anne Morel"),
        ("« Nous verrons », a déclaré Jean D'Arcy.", "Jean D'Arcy"),  # a capital: the surname
    ],
)
def test_names_with_elision_around_them_still_speak(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "high")]


def test_an_apostrophe_inside_an_english_name_is_no_elision() -> None:
    assert _said("Conan O'Brien said: “We will see.”", "en") == [("Conan O'Brien", "high")]


def test_many_elided_roles_stay_linear() -> None:
    text = "Le porte-parole d'Emmanuel Macron a déclaré : « Non. » " * 2000
    assert {speaker for speaker, _ in _said(text)} == {None}
