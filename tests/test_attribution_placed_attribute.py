"""despoke32: a place or body phrase after an indefinite role reads as its genitive would."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.german.placed_attribute import without_place


@pytest.mark.parametrize(
    ("words", "left"),
    [
        (["Sprecher", "aus", "dem", "Ministerium"], ["Sprecher", "Ministerium"]),
        (["Mitarbeiterin", "vom", "Gesundheitsamt"], ["Mitarbeiterin", "Gesundheitsamt"]),
        (["Vertreterin", "von", "der", "Stadt"], ["Vertreterin", "Stadt"]),
        (["Vertrauter", "von", "Jan", "Roth"], ["Vertrauter", "von", "Jan", "Roth"]),
        (["Mitarbeiter", "bei", "Jan", "Roth"], ["Mitarbeiter", "bei", "Jan", "Roth"]),
        (
            ["Quelle", "aus", "dem", "Umfeld", "von", "Jan", "Roth"],
            ["Quelle", "aus", "dem", "Umfeld", "von", "Jan", "Roth"],
        ),
    ],
)
def test_without_place(words: list[str], left: list[str]) -> None:
    assert without_place(words) == left


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ein Sprecher aus dem Ministerium sagte: „Wir prüfen den Fall.“",
            "Ein Sprecher aus dem Ministerium",
        ),
        (
            "„Wir prüfen den Fall“, sagte eine Sprecherin im Innenministerium.",
            "eine Sprecherin",
        ),
        ("Eine Quelle aus dem Umfeld von Jan Roth sagte: „Er tritt nicht an.“", None),
        ("Ein Sprecher kam aus dem Saal und sagte: „Die Sitzung ruht.“", "Ein Sprecher"),
    ],
)
def test_the_role_is_named_as_written(text: str, speaker: str | None) -> None:
    assert find_quotes(text, "de", "")[0].speaker == speaker
