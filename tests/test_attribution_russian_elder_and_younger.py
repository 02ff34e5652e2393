"""Russian: "Галиев-старший" is the one of that surname the article does not call a child."""
# "Тимур Галиев … сын Руслан Галиев … «…», — добавил Галиев-старший" gave "Галиев-старший",
# high: the words as written, no name. The elder of the two is the one not introduced as the son;
# a pick among a family, so low; nobody where kin marks no generation.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_FAMILY = (
    "Тимур Галиев держит пасеку. «Пчёлы любят тишину», — говорит Тимур Галиев. "
    "Помогает ему сын Руслан Галиев. «Я вернулся из Уфы», — рассказал Руслан Галиев.\n\n"
)


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation."""
    quote = find_quotes(text, "ru", "")[-1]
    return quote.speaker, quote.confidence


def test_the_elder_is_the_one_not_introduced_as_the_son() -> None:
    text = _FAMILY + "Они спорят о сайте. «Может, сын и прав», — добавил Галиев-старший."
    assert _last(text) == ("Тимур Галиев", "low")


def test_the_younger_is_the_son() -> None:
    text = _FAMILY + "Они спорят о сайте. «Отец не верит в сайт», — добавил Галиев-младший."
    assert _last(text) == ("Руслан Галиев", "low")


@pytest.mark.parametrize(
    "text",
    [
        # no kin marks a generation: either one
        "Тимур Галиев пришёл. «Да», — сказал Тимур Галиев. Руслан Галиев ушёл. «Нет», — сказал "
        "Руслан Галиев.\n\nОни спорят. «Может, он и прав», — добавил Галиев-старший.",
        # one of the family named, introduced as the son: the elder is not named
        "Помогает отцу сын Руслан Галиев. «Я вернулся», — сказал Руслан Галиев.\n\n"
        "Они спорят. «Может, он и прав», — добавил Галиев-старший.",
    ],
)
def test_nobody_where_no_generation_tells_them_apart(text: str) -> None:
    assert _last(text)[0] is None
