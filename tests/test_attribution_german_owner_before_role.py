"""German owners in the genitive -s, role words and appositions at a verb-first cue (review
25a, `fixD25`): an owner before a role and a full name leaves the full name ("sagte Kölns
Sportvorstand Peter Vinn"); an owner before a role and a lone surname keeps the role, so a
namesake with another role is never merged ("Stürmer Jonas Vinn … sagte Bayerns Trainer Vinn");
a role apposed after a comma is no name ("sagte Vinn, Bayerns Trainer"); a surname in the
genitive before a noun is an owner, the noun the speaker ("sagte Trainer Vinns Tochter")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "„Er war stark“, sagte"


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} Kölns Sportvorstand Peter Vinn.", "Peter Vinn"),
        (f"{_SAID} Europas Fußballerin des Jahres Eva Vinn.", "Eva Vinn"),
        (f"{_SAID} Vinn, Bayerns Trainer.", "Vinn"),
        (f"{_SAID} Vinn, Kölns Kapitän.", "Vinn"),
    ],
)
def test_the_name_without_the_owner_and_role(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


def test_another_role_before_the_surname_is_another_person() -> None:
    found = _found(f"Stürmer Jonas Vinn traf. {_SAID} Bayerns Trainer Vinn.")
    assert found in ([("Trainer Vinn", "high")], [(None, "low")])


@pytest.mark.parametrize(
    "text", [f"{_SAID} Trainer Vinns Tochter.", f"{_SAID} Bayerns Trainer Vinns Tochter."]
)
def test_a_surname_that_owns_a_noun_is_no_speaker_at_high(text: str) -> None:
    ((speaker, confidence),) = _found(text)
    assert speaker is None or confidence == "low"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"{_SAID} Bayerns Trainer Tom Roe.", [("Tom Roe", "high")]),
        ("Bayerns Trainer Tom Roe sagte: „Er war stark.“", [("Tom Roe", "high")]),
        (f"{_SAID} Sportvorstand Peter Vinn.", [("Peter Vinn", "high")]),
        (f"{_SAID} Trainer Vinn.", [("Trainer Vinn", "high")]),
        (f"Stürmer Jonas Vinn traf. {_SAID} Trainer Vinn.", [("Trainer Vinn", "high")]),
        (f"Tom Vinn kam. {_SAID} Bayerns Trainer Vinn.", [("Trainer Vinn", "high")]),
        (f"{_SAID} Rekers Sprecherin.", [("Rekers Sprecherin", "low")]),
        (f"{_SAID} Kölns Sportvorstand Vinn.", [("Vinn", "high")]),
        (f"{_SAID} Tom Vinn, Bayerns Trainer.", [("Tom Vinn", "high")]),
        (f"{_SAID} Bayerns Trainer, Tom Vinn.", [("Tom Vinn", "high")]),
        # no first name the lexicon knows: a description as written, as with an article
        (
            f"{_SAID} die Fußballerin des Jahres Alexia Vinn.",
            [("Fußballerin des Jahres Alexia Vinn", "low")],
        ),
        (f"{_SAID} Vinn, Trainer der Bayern.", [("Vinn", "high")]),
        (
            f"Stürmer Jonas Vinn traf. Sein Vater, Trainer Vinn, jubelte. {_SAID} Trainer Vinn.",
            [("Trainer Vinn", "high")],
        ),
        (
            "Stürmer Jonas Vinn traf zweimal. Sein Vater, Trainer Vinn, jubelte. "
            "„Ich bin stolz“, sagte er.",
            [(None, "low")],
        ),
    ],
)
def test_other_shapes_stay_as_they_were(text: str, found: list[tuple[str | None, str]]) -> None:
    assert _found(text) == found
