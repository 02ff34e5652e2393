"""Russian: a surname in the nominative after a title of relation is the titled one's name."""
# ru22 made the one word after "представитель", "председатель", "пресс-секретарь" a body, so
# "Пресс-секретарь Песков сказал" lost Песков; and "Глава Сбербанка Греф" gave "Сбербанка
# Греф" (high): a genitive in -а between a title and a surname is the title's complement.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, "ru", "") if q.kind != "title")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Пресс-секретарь Песков сказал: «Комментариев нет».", "Песков"),
        ("Председатель Володин заявил: «Закон будет принят».", "Володин"),
        ("Руководитель Жуковский сообщил: «Работы закончены».", "Жуковский"),
        ("Глава Сбербанка Греф сообщил, что «ставки снизятся».", "Греф"),
        ("Глава Газпрома Миллер заявил: «Цены вырастут».", "Миллер"),
    ],
)
def test_the_titled_ones_surname_speaks(text: str, who: str) -> None:
    assert _first(text) == (who, "high")


@pytest.mark.parametrize(
    "text",
    [
        "Представитель Минэнерго сообщил, что ведомство «не видит рисков».",
        "Председатель Госдумы сообщил: «Закон будет принят».",
        "Глава Сбербанка сообщил: «Ставки снизятся».",
        "Глава МИД заявил: «Мы готовы».",
        "Представитель Шойгу сообщил: «Задачи выполнены».",  # undeclined: whose representative
    ],
)
def test_a_body_or_an_owner_after_the_title_is_nobody(text: str) -> None:
    assert _first(text)[0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Сергей Шойгу приехал. Представитель Шойгу сообщил: «Задачи выполнены».", "Сергей Шойгу"),
        ("Министр Анна Попова заявила: «Мы готовы».", "Анна Попова"),
        ("Глава Сбербанка Герман Греф заявил: «Ставки снизятся».", "Герман Греф"),
    ],
)
def test_full_names_and_a_womans_first_name_stay_whole(text: str, who: str) -> None:
    assert _first(text)[0] == who
