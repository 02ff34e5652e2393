"""After a verb of quoting a body's name ("zitierte Radio Bremen") or an honorific and one word
("cite Madame Bovary :") names nobody; a person's full name still does."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Zeitung zitierte Radio Bremen mit den Worten: „Die Lage ist ruhig.“", "de"),
        ("Dans son cours, le professeur cite Madame Bovary : « Elle aurait voulu mourir. »", "fr"),
    ],
)
def test_no_one_quoted(text: str, lang: str) -> None:
    assert only_quote(text, lang).speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Die Zeitung zitierte Anna Lenz mit den Worten: „Kein Kommentar.“", "de", "Anna Lenz"),
        ("Le journal cite Anne Roux : « Nous partons. »", "fr", "Anne Roux"),
        ("Le journal cite Madame Anne Roux : « Nous partons. »", "fr", "Anne Roux"),
        ("El diario cita a Ana Ruiz: «Nos vamos.»", "es", "Ana Ruiz"),
    ],
)
def test_a_full_name_is_quoted(text: str, lang: str, speaker: str) -> None:
    assert only_quote(text, lang).speaker == speaker
