"""Russian: kin opening a sentence before a name that may be genitive is the one who speaks."""
# "Мать Ивана Петрова однажды сказала: «…»" gave "Ивана Петрова" (high): the name is whose
# mother she is, in the genitive, and she speaks unnamed; so in an interview answer too.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation that is not an interview turn."""
    quotes = find_quotes(text, "ru", "")
    return [q.speaker for q in quotes if q.kind != "title" and q.basis != "interview_turn"]


@pytest.mark.parametrize(
    "text",
    [
        "Мать Ивана Петрова однажды сказала: «Не обещай мост».",
        "Дочь Анны Котовой сказала: «Мама устала».",
        "Жена Виктора Смолина сказала: «Мы не уедем».",
        "Сын Анны Котовой заявил: «Мама устала».",
    ],
)
def test_kin_before_a_genitive_name_is_nobody_named(text: str) -> None:
    assert _speakers(text) == [None]


def test_kin_in_an_interview_answer_is_nobody_named() -> None:
    text = "\n\n".join(
        [
            "Корр.: Что вам говорили дома?",
            "Баранов: Мать Ивана Петрова однажды сказала: «Не обещай мост».",
            "Корр.: А что дальше?",
            "Баранов: Сериал.",
        ]
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Адвокат Иван Петров заявил: «Мой клиент невиновен».", "Иван Петров"),
        ("Анна Котова сказала: «Мама устала».", "Анна Котова"),
    ],
)
def test_a_name_in_the_nominative_still_speaks(text: str, who: str | None) -> None:
    assert _speakers(text)[:1] == [who]


def test_the_kins_own_first_name_after_the_owner_is_no_name_of_the_owners() -> None:
    # gave "Смолина Людмила" (high), the owner's genitive joined to her first name
    assert _speakers("Жена Виктора Смолина Людмила рассказала: «Мы не уедем».") == [None]
