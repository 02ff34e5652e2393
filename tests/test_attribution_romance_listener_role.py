"""French and Spanish: a role after a preposition of the one told ("au ministre", "al
presidente") is the listener, and the name apposed to it is the listener's, never the speaker's."""
# The reviewer's sentences (review20/E2), and sentences written on their shape.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "« Non, a répondu le maire au ministre de l'Intérieur, Gérald Darmanin, pas avant "
            "lundi. »",
        ),
        ("fr", "« Non », a répondu le maire au ministre de l'Intérieur, Gérald Darmanin."),
        ("fr", "« Non », a répondu au ministre de l'Intérieur, Gérald Darmanin, le maire de Lyon."),
        ("es", "«No», dijo el ministro al presidente de Murcia, Fernando López Miras."),
    ],
)
def test_the_name_apposed_to_the_one_told_never_speaks(lang: str, text: str) -> None:
    assert all(q.speaker is None for q in find_quotes(text, lang, ""))


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "« Non », a répondu le maire de Lyon, Grégory Doucet.", "Grégory Doucet"),
        (
            "fr",
            "« Non, a répondu le maire de Lyon, Grégory Doucet, pas avant lundi. »",
            "Grégory Doucet",
        ),
        (
            "fr",
            "« Non », a déclaré le ministre de l'Intérieur, Gérald Darmanin.",
            "Gérald Darmanin",
        ),
        ("es", "«No», dijo el ministro de Economía, Carlos Cuerpo.", "Carlos Cuerpo"),
    ],
)
def test_the_name_apposed_to_the_speakers_role_still_speaks(
    lang: str, text: str, speaker: str
) -> None:
    assert {q.speaker for q in find_quotes(text, lang, "")} == {speaker}
