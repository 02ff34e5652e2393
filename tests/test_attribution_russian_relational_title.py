"""Russian: one word after a title of relation is what the person represents, not a surname."""
# "Представитель Минэнерго сообщил, что ведомство «…»" gave "Минэнерго", high (ru21 left it):
# a representative, a chairman or a head is always of something, so the lone capitalised word
# after such a title is that body in the genitive or undeclined, and nobody named speaks.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, "ru", "") if q.kind != "title")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Представитель Минэнерго сообщил, что ведомство «не поддерживает эту идею».",
        "Председатель Госдумы, по его словам, «следит за законом лично».",
        "Представитель Росавиации заявил: «Полёты возобновятся завтра».",
        "Глава Минтранса сообщил журналистам, что трасса «будет открыта к вечеру».",
    ],
)
def test_a_body_after_a_title_of_relation_is_nobody(text: str) -> None:
    assert _first(text)[0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a title that names the office itself still takes a surname right after it
        ("Министр Шевченко заявил: «Закон будет принят».", "Шевченко"),
        # after a title of relation, a first name and surname, or a complement and a surname
        ("Представитель МИД Мария Захарова заявила: «Ответ будет дан».", "Мария Захарова"),
        ("Председатель Госдумы Пётр Орлов сообщил: «Закон принят».", "Пётр Орлов"),
    ],
)
def test_a_name_after_the_title_still_speaks(text: str, who: str) -> None:
    assert _first(text)[0] == who
