"""German: a capitalised word in the genitive -s before a role noun is the role's owner (a club,
a town, a country) and the role a title, so the name is what follows, first name known or not
("Bayerns Trainer Tom Roe" -> "Tom Roe"; german/roles.py `owned`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        "„Das war ein schweres Spiel“, erklärte Bayerns Trainer Ole Vinn.",
        "„Das war ein schweres Spiel“, erklärte Schalkes Trainer Ole Vinn.",
        "„Das war ein schweres Spiel“, erklärte Kölns Kapitänin Ole Vinn.",
        "Bayerns Trainer Ole Vinn erklärte: „Das war ein schweres Spiel.“",
        "St. Paulis Trainer Ole Vinn erklärte: „Das war ein schweres Spiel.“",
    ],
)
def test_the_name_follows_the_owned_role(text: str) -> None:
    assert _found(text) == [("Ole Vinn", "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das war ein schweres Spiel“, erklärte Bayerns Trainer Thomas Vinn.", "Thomas Vinn"),
        ("„Das war ein schweres Spiel“, erklärte Trainer Ole Vinn.", "Ole Vinn"),
        ("„Das war ein schweres Spiel“, erklärte Ole Trainer.", "Ole Trainer"),
        ("„Das war ein schweres Spiel“, erklärte Jonas Trainer.", "Jonas Trainer"),
    ],
)
def test_other_names_stay_as_they_were(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


@pytest.mark.parametrize("text", ["„Ja“, sagte Bayerns.", "Bayerns sagte: „Ja.“"])
def test_a_lone_genitive_word_is_read_as_before(text: str) -> None:
    assert [speaker for speaker, _ in _found(text)] == ["Bayerns"]
