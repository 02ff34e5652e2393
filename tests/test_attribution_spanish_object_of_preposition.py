"""Spanish: after a cue, a full name right after a preposition ("dijo sobre Alberto Núñez
Feijóo") is the preposition's object, and a listener's complement ("sobre el líder del PP") is
the listener's: neither speaks."""
# The reviewer's sentences (review20/E2), and sentences written on their shape.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "«No lo haré», dijo sobre el líder del PP.",
        "«No lo haré», dijo sobre Alberto Núñez Feijóo.",
        "«No lo haré», dijo sobre el líder del PP, Alberto Núñez Feijóo.",
    ],
)
def test_what_a_cue_is_about_never_speaks(text: str) -> None:
    assert all(q.speaker is None for q in find_quotes(text, "es", ""))


@pytest.mark.parametrize(
    "text",
    [
        "«No», dijo a Efe Carlos Cuerpo.",
        "«No», dijo desde Madrid Carlos Cuerpo.",
        "«No», dijo en rueda de prensa Carlos Cuerpo.",
        "«No», dijo sobre el tema Carlos Cuerpo.",
        "«No», dijo en Madrid el ministro de Economía, Carlos Cuerpo.",
    ],
)
def test_a_subject_after_a_place_or_listener_still_speaks(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "es", "")] == ["Carlos Cuerpo"]
