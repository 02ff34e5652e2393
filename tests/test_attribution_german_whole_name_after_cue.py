"""A run of capitalised words after a German verb-first cue is one name from its first word."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "„Das ist ein Fehler“, sagte"


def _speaker(text: str) -> str | None:
    return find_quotes(text, "de", "")[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} Gabriel García Márquez.", "Gabriel García Márquez"),
        (f"{_SAID} Carl Philipp Emanuel Bach.", "Carl Philipp Emanuel Bach"),
        (f"{_SAID} Marius Müller Westernhagen.", "Marius Müller Westernhagen"),
    ],
)
def test_whole_run_is_the_name(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} Parteichef Jan Roth.", "Jan Roth"),
        (f"{_SAID} Fraktionsvize Jan Roth.", "Jan Roth"),
        (f"{_SAID} Ex-Minister Jan Roth.", "Jan Roth"),
        (f"{_SAID} Vinns Vorgänger Tom Roe.", "Tom Roe"),
        ("„Das ist ein Fehler“, teilte Eva Ems Olaf Kern mit.", "Eva Ems"),
    ],
)
def test_a_role_before_the_name_stays_apart(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
