"""A party in parentheses after a name ("Paul Ems (SPD) verteidigte") leaves it the subject."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


def _speaker(text: str) -> str | None:
    return only_quote(text, "de").speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Paul Ems (SPD) verteidigte den Entwurf. Er sagte, das sei „maßvoll“.", "Paul Ems"),
        ("Eva Roth (Grüne) kritisierte den Entwurf. Sie nannte ihn „unausgegoren“.", "Eva Roth"),
    ],
)
def test_glossed_subject_is_the_pronoun(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun of the other gender, or two people of whom one is the object
        "Paul Ems (SPD) verteidigte den Entwurf. Sie sagte, das sei „maßvoll“.",
        "Eva Roth (Grüne) lobte Paul Ems (SPD). Er sagte, das sei „maßvoll“.",
    ],
)
def test_glossed_subject_not_guessed(text: str) -> None:
    assert _speaker(text) is None
