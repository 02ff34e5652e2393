"""Russian: a role whose title a second holder in an oblique case also has is nobody's."""
# Sentences written by the session-20 reviewer: "министра финансов Алексея Кудрина" is a second
# finance minister, so "— сказал министр" may be either; negatives keep the one holder.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = "«Это ошибка», — сказал {}."


def _last(text: str) -> str | None:
    """The speaker of the last quotation that is speech."""
    return [q for q in find_quotes(text, "ru", "") if q.kind != "title"][-1].speaker


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        (
            "Министр финансов Антон Силуанов раскритиковал бывшего министра финансов "
            "Алексея Кудрина.",
            "бывший министр",
        ),
        (
            "Министр финансов Антон Силуанов ответил бывшему министру финансов Алексею Кудрину.",
            "министр",
        ),
        ("Министр обороны Андрей Белоусов сменил министра обороны Сергея Шойгу.", "министр"),
        (
            "Президент России Владимир Путин позвонил президенту Франции Эммануэлю Макрону.",
            "президент",
        ),
        (
            "Губернатор Москвы Сергей Собянин встретился с губернатором Подмосковья "
            "Андреем Воробьевым.",
            "губернатор",
        ),
    ],
)
def test_a_second_holder_in_an_oblique_case_leaves_the_role_nobodys(lead: str, role: str) -> None:
    assert _last(f"{lead} {_SAID.format(role)}") is None


@pytest.mark.parametrize(
    "lead",
    [
        "Министр финансов Антон Силуанов выступил в Думе.",
        "Министр финансов Антон Силуанов выступил в Думе. Позиция министра понятна.",
        "Министр финансов Антон Силуанов выступил в Думе. Слова министра: «Всё идёт по плану».",
    ],
)
def test_one_holder_is_still_the_role(lead: str) -> None:
    assert _last(f"{lead} {_SAID.format('министр')}") == "Антон Силуанов"


def test_many_inflected_titles_stay_linear() -> None:
    lead = "Министр финансов Антон Силуанов выступил. " + "Позиция министра понятна. " * 3000
    assert _last(f"{lead} {_SAID.format('министр')}") == "Антон Силуанов"


# Each role word once read back 3,000 characters for the inflected titles before it: the titles
# are found once per article now, and a role word reads only those near it.
def test_ten_thousand_role_words_after_inflected_titles_take_linear_time() -> None:
    shape = "Позиция министра понятна. «Это ошибка», — сказал министр. "
    lead = "Министр финансов Антон Силуанов выступил. "
    assert_linear(lambda n: find_quotes(lead + shape * n, "ru"), 150)
