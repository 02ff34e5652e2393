"""Russian: a surname two people bear goes to the one whose first name fits the verb."""
# "Анна Демченко … Её муж Виктор Демченко … «…», — признался Демченко" gave Анна Демченко, the
# last of the two to speak: "Демченко" does not decline, but "признался" is a man's past and
# "Анна" a woman's first name.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_TWO = (
    "Пассажирка Анна Демченко ехала на работу. «Удар был страшный», — сказала Анна Демченко. "
    "Её муж Виктор Демченко приехал через полчаса. "
)


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation."""
    quote = find_quotes(text, "ru", "")[-1]
    return quote.speaker, quote.confidence


def test_the_masculine_verb_picks_the_man() -> None:
    assert _last(_TWO + "«Я думал о страшном», — признался Демченко.")[0] == "Виктор Демченко"


def test_the_feminine_verb_keeps_the_woman() -> None:
    assert _last(_TWO + "«Я думала о страшном», — призналась Демченко.")[0] == "Анна Демченко"


@pytest.mark.parametrize(
    "text",
    [
        # two men's names in -я and a consonant: no woman to rule out, the usual choice stands
        "Илья Кузьмин забил. «Гол мой», — сказал Илья Кузьмин. Андрей Кузьмин промолчал. "
        "«Тренер сказал мне: выходи», — рассказал Кузьмин.",
    ],
)
def test_a_mans_name_in_a_is_no_woman(text: str) -> None:
    assert _last(text)[0] == "Илья Кузьмин"


def test_two_women_and_a_masculine_verb_name_nobody() -> None:
    text = (
        "Анна Демченко пришла. «Да», — сказала Анна Демченко. Мария Демченко ушла. "
        "«Нет», — сказала Мария Демченко. Их сосед приехал позже.\n\n"
        "«Я думал о страшном», — признался Демченко."
    )
    assert _last(text)[0] is None
