"""Russian: after a verb of saying, a word the article elsewhere ends a full name with is a
surname, so a foreign surname in a consonant and -у after it is the one told, in the dative
(fullnames/told.py `_surname_elsewhere`); a first name before such a surname stays whole."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    "text",
    [
        "Министр Карл Бренн приехал в Рим. «Нет», — ответил Бренн Дортману.",
        "В Рим приехал Карл Бренн. «Нет», — ответил Бренн Дортману.",
    ],
)
def test_the_known_surname_speaks(text: str) -> None:
    assert _speakers(text) == [("Бренн", "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Министр Жаир Болсонару приехал. «Нет», — ответил Жаир Болсонару.", "Жаир Болсонару"),
        ("Сенатор Жаир Монтейру приехал. «Нет», — ответил Жаир Монтейру.", "Жаир Монтейру"),
        ("«Нет», — ответил Мануэл Пиньейру.", "Мануэл Пиньейру"),
    ],
)
def test_a_first_name_keeps_its_surname(text: str, speaker: str) -> None:
    assert _speakers(text) == [(speaker, "high")]


def test_many_runs_stay_linear() -> None:
    text = "Карл Бренн. " * 2000 + "«Нет», — ответил Бренн Дортману."
    assert _speakers(text)[-1] == ("Бренн", "high")
