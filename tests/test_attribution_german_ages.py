"""German age nouns ("der 58-Jährige") as a cue's subject: a number joined to a noun."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


def _speaker(text: str) -> str | None:
    return only_quote(text, "de").speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der 58-Jährige sagte: „Ich habe nichts getan.“", "58-Jährige"),
        ("„Ich war es nicht“, beteuerte die 41-Jährige vor Gericht.", "41-Jährige"),
        ("Die 34-Jährige habe darin geschrieben, sie müsse „weg von hier“.", "34-Jährige"),
    ],
)
def test_age_noun_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the age noun as the listener, and a compound that names a thing
        "Die Polizei sagte dem 58-Jährigen: „Sie sind verhaftet.“",
        "Der 10-Punkte-Plan sieht vor: „Alle Schulen bleiben offen.“",
    ],
)
def test_age_noun_not_speaker(text: str) -> None:
    assert _speaker(text) != "58-Jährigen" and _speaker(text) != "10-Punkte-Plan"
