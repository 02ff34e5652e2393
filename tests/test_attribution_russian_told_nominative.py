"""Russian: after a verb of saying, of two capitalised words one told in the dative and one in
the nominative, the nominative is the speaker whichever comes first (fixK24: sentences written
for these tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(words: str) -> list[tuple[str | None, str]]:
    text = f"«Переговоры идут», — сказал {words}."
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("Чавушоглу Лавров", "Лавров"),
        ("Макрону Шольц", "Шольц"),
        ("Шольцу Макрон", "Макрон"),
        ("Байдену Путин", "Путин"),
        ("Ким Чен Ыну Лавров", "Лавров"),
        ("Ким Чен Ын", "Ким Чен Ын"),
        ("Блинкену Лавров", "Лавров"),
    ],
)
def test_the_nominative_after_the_one_told_speaks(words: str, speaker: str) -> None:
    assert _said(words) == [(speaker, "high")]  # was the joined pair, high


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("Иван Петров", "Иван Петров"),
        ("Тосимицу Мотэги", "Тосимицу Мотэги"),
        ("Лавров Чавушоглу", "Лавров"),
        ("Путин Байдену", "Путин"),
    ],
)
def test_a_full_name_or_the_one_told_last_stays(words: str, speaker: str) -> None:
    assert _said(words) == [(speaker, "high")]
