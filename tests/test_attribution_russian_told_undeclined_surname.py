"""Russian: a dative pair after the speaker's nominative name is the one told, undeclined too."""
# "— сказал Иван Петров Никите Белых": "Белых" never declines, so "Никите" alone marks the pair
# as the one told (session-20 reviewer's sentence); the speaker is the nominative pair before it.

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
        ("«Все готово», — сказал Иван Петров Никите Белых.", "Иван Петров"),
        ("«Все готово», — сказала Анна Смирнова Ирине Долгих.", "Анна Смирнова"),
        ("«Все готово», — сказал Иван Петров Анне Смирновой.", "Иван Петров"),
        ("«Все готово», — сказал Никита Белых.", "Никита Белых"),
        ("«Все готово», — сказал Тарас Шевченко.", "Тарас Шевченко"),
        # a man's first name in -ей is nominative; "Ники Лауде" is the one told
        ("«Все готово», — заявил Сергей Шойгу Ники Лауде.", "Сергей Шойгу"),
        ("«Все готово», — заявил Андрей Белоусов Никите Белых.", "Андрей Белоусов"),
        ("«Все готово», — заявил Сергей Шойгу.", "Сергей Шойгу"),
    ],
)
def test_the_speaker_is_the_nominative_pair(text: str, who: str) -> None:
    assert _first(text)[0] == who
