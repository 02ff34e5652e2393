"""A surname alone after a singular reporting verb, then "der" or "dem", is the speaker and the
phrase after it the one told, not a genitive of a role (known24: sentences written for these
tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_NAMED = "Eva Lechner leitet das Amt seit Mai. "


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        # was "Lechner der Deutschen Presse-Agentur", low
        _NAMED + "„Wir sind bereit“, sagte Lechner der Deutschen Presse-Agentur.",
        _NAMED + "„Wir sind bereit.“ Das sagte Lechner der Deutschen Presse-Agentur.",
        _NAMED + "„Wir sind bereit“, sagte Lechner der Zeitung.",
    ],
)
def test_the_dative_after_a_surname_is_no_part_of_the_name(text: str) -> None:
    assert _said(text) == [("Eva Lechner", "high")]


def test_a_surname_in_en_is_cut_as_well() -> None:
    text = "Bernd Ohlsen war ihr Lektor. „Sie war klug“, sagte Ohlsen der Deutschen Presse-Agentur."
    assert _said(text) == [("Bernd Ohlsen", "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural verb: "Forscher" is a plural noun and the genitive its complement
        ("„Wir sind bereit“, sagten Forscher der Universität.", "Forscher der Universität"),
        # a role written without its article keeps its genitive
        ("„Wir sind bereit“, sagte Trainer der Mannschaft.", "Trainer der Mannschaft"),
        (
            "Der Trainer kam spät. „Wir sind bereit“, sagte Trainer der Mannschaft.",
            "Trainer der Mannschaft",
        ),
        (
            "„Wir sind bereit“, sagte der Sprecher der Deutschen Bahn.",
            "Sprecher der Deutschen Bahn",
        ),
    ],
)
def test_a_plural_noun_or_a_role_keeps_its_genitive(text: str, speaker: str) -> None:
    assert [s for s, _ in _said(text)] == [speaker]
