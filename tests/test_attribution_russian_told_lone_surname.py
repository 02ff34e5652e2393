"""Russian: a lone surname in the dative after a cue, of someone named in full, is the one told."""
# "Энтони Блинкен прибыл … «…», — сказал Блинкену" gave "Блинкену", high: a dative is a
# listener, never the speaker. A surname that does not decline ("Сергей Шойгу … — сказал Шойгу")
# is borne as written, so it stays the speaker's.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_ARRIVED = "Госсекретарь США Энтони Блинкен прибыл в Женеву. "


def _first(text: str) -> str | None:
    """The speaker of the first quotation that is speech."""
    return next(q for q in find_quotes(text, "ru", "") if q.kind != "title").speaker


@pytest.mark.parametrize(
    "text",
    [
        _ARRIVED + "«Мы готовы к диалогу», — сказал Блинкену.",
        _ARRIVED + "«Мы готовы к диалогу». Об этом сообщил Блинкену.",
        "Посол Андрей Ким прибыл в Москву. «Всё решено», — сказала Киму.",
    ],
)
def test_the_dative_of_a_named_person_speaks_for_nobody(text: str) -> None:
    assert _first(text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Министр Сергей Шойгу прибыл. «Мы готовы к диалогу», — сказал Шойгу.", "Сергей Шойгу"),
        (_ARRIVED + "«Мы готовы к диалогу», — сказал Блинкен.", "Энтони Блинкен"),
        (_ARRIVED + "«Мы готовы к диалогу», — сказал Блинкену Сергей Лавров.", "Сергей Лавров"),
    ],
)
def test_the_nominative_still_speaks(text: str, who: str) -> None:
    assert _first(text) == who
