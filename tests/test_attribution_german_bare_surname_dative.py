"""A bare word in -er after a singular reporting verb is a surname, and "der …" after it the one
told, not a genitive of a role (known24: sentences written for these tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind bereit“, sagte Lechner der Deutschen Presse-Agentur.",
        "„Wir sind bereit“, sagte Lechner der Zeitung.",
    ],
)
def test_the_dative_after_a_bare_surname_is_no_part_of_the_name(text: str) -> None:
    assert _said(text) == [("Lechner", "high")]


# Before: "Lechner der Deutschen Presse-Agentur" (low); now nobody, as "Das sagte Lechner dem
# Sender" was already.
def test_a_sentence_pointing_back_never_gives_the_listener_joined_to_the_name() -> None:
    said = _said("„Wir sind bereit.“ Das sagte Lechner der Deutschen Presse-Agentur.")
    assert all(speaker is None or "Presse" not in speaker for speaker, _ in said)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural verb: "Forscher" is a plural noun and the genitive its complement
        ("„Wir sind bereit“, sagten Forscher der Universität.", "Forscher der Universität"),
        (
            "„Wir sind bereit“, sagte der Sprecher der Deutschen Bahn.",
            "Sprecher der Deutschen Bahn",
        ),
        ("„Wir sind bereit“, sagte Eva Lechner der Deutschen Presse-Agentur.", "Eva Lechner"),
    ],
)
def test_a_plural_noun_or_a_role_keeps_its_genitive(text: str, speaker: str) -> None:
    assert [s for s, _ in _said(text)] == [speaker]


def test_the_surname_named_before_in_full_stays_the_full_name() -> None:
    text = (
        "Eva Lechner ist Sprecherin. „Wir sind bereit“, sagte Lechner der Deutschen Presse-Agentur."
    )
    assert _said(text) == [("Eva Lechner", "high")]
