"""Russian (and French, Spanish) surnames alone at a cue: which earlier full name they stand for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str, lang: str = "ru") -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ольга Белова возглавляет фонд. Белова подчеркнула, что «сборы выросли».", "Ольга Белова"),
        ("Олег Белов возглавляет фонд. Белов ответил: «Сборы выросли».", "Олег Белов"),
        ("Олег Белов возглавляет фонд. «Сборы выросли», — сказал Белов.", "Олег Белов"),
    ],
)
def test_a_lone_surname_of_its_verbs_gender_stands_for_the_full_name(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Белов задержан в аэропорту. Белова заявила: «Мой муж ни в чём не виноват».",
        "Олег Белов задержан в аэропорту. «Мой муж ни в чём не виноват», — сказала Белова.",
        "Олег Белов задержан в аэропорту. Белова сказал: «Клиент ни в чём не виноват».",
    ],
)
def test_a_surname_of_the_other_gender_is_not_the_man_named_before(text: str) -> None:
    assert _speakers(text) != ["Олег Белов"]
