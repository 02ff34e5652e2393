"""Russian: after 'Об этом … сообщил', a dative alone is the one told, not the speaker."""
# Sentences written by the session-20 reviewer ("Об этом в среду рассказал Путину": the subject
# is left out) and negatives that keep the nominative subject, at low as before.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, "ru", "") if q.kind != "title")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "pointer",
    [
        "Об этом в среду рассказал Путину.",
        "Об этом в среду сообщил Никите Белых.",
        "Об этом заявил Алексею Миллеру.",
        "Об этом сообщил Лаврову.",
    ],
)
def test_the_one_told_alone_names_nobody(pointer: str) -> None:
    assert _first("«Все готово». " + pointer)[0] is None


@pytest.mark.parametrize(
    ("pointer", "who"),
    [
        ("Об этом в среду сообщил Сергей Шойгу.", "Сергей Шойгу"),
        ("Об этом сообщил Шойгу.", "Шойгу"),
        ("Об этом заявил Ники Лауда.", "Ники Лауда"),
        ("Об этом заявил Нетаньяху.", "Нетаньяху"),
    ],
)
def test_a_nominative_subject_still_speaks_at_low(pointer: str, who: str) -> None:
    assert _first("«Все готово». " + pointer) == (who, "low")
