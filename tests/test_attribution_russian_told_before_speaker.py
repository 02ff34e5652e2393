"""Russian: the one told in the dative before the speaker's nominative after a verb of saying
(an East Asian name of three syllables in -у, a woman's first name in -ии) is cut off; three
syllables of one Chinese name stay whole (frames/foreign_dative.py)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(words: str) -> list[tuple[str | None, str]]:
    text = f"«Нет», — {words}."
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("сказал Ким Чен Ыну Путин", "Путин"),
        ("сказал Мун Чжэ Ину Путин", "Путин"),
        ("ответила Марии Анна", "Анна"),
        ("ответила Наталии Ольга", "Ольга"),
        ("сказал Ли Си Цзинь", "Ли Си Цзинь"),
        ("сказал Чжан Чжи Цзюнь", "Чжан Чжи Цзюнь"),
    ],
)
def test_the_speaker_is_the_nominative(words: str, speaker: str) -> None:
    assert _said(words) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("сказал Ким Чен Ын", "Ким Чен Ын"),
        ("сказал Ким Чен Ын Путину", "Ким Чен Ын"),
        # "сказал Хосе Мария" is low since fixR25, the shape of "сказал Никите Илья"
        # (test_attribution_russian_told_case_endings.py)
        ("сказала Мария", "Мария"),
        ("ответила Марии Анна Петрова", "Анна Петрова"),
        ("сказал Иван Петров", "Иван Петров"),
    ],
)
def test_a_name_in_the_nominative_stays_whole(words: str, speaker: str) -> None:
    assert _said(words) == [(speaker, "high")]
