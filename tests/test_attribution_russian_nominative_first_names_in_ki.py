"""Russian: a first name in -ки/-ги/-хи/-ой is oblique only when its surname is declined too."""
# Sentences written by the session-20 reviewer ("Ники Лауда" speaks) and our own negatives (the
# relative named only in the genitive is no pronoun's antecedent).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> str | None:
    """The speaker of the first quotation that is speech."""
    return next(q for q in find_quotes(text, "ru", "") if q.kind != "title").speaker


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ники Лауда встретился с журналистами. «Все готово», — сказал он.", "Ники Лауда"),
        ("Юки Цунода встретилась с журналистами. «Все готово», — сказала она.", "Юки Цунода"),
        ("Хидэки Мацуяма встретился с журналистами. «Все готово», — сказал он.", "Хидэки Мацуяма"),
        ("Наоки Ямамото встретился с журналистами. «Все готово», — сказал он.", "Наоки Ямамото"),
        ("Гоги Гвахария встретился с журналистами. «Все готово», — сказал он.", "Гоги Гвахария"),
        ("Ники Минаж встретилась с журналистами. «Все готово», — сказала она.", "Ники Минаж"),
    ],
)
def test_a_nominative_foreign_first_name_is_the_pronouns_antecedent(text: str, who: str) -> None:
    assert _first(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "Сын Ники Лауды рассказал о гонке. «Это ложь», — сказал он.",
        "Сын Гоги Гвахарии рассказал о суде. «Это ложь», — сказал он.",
        "Жена Юки Цуноды рассказала о гонке. «Это ложь», — сказала она.",
        "Дочь Ольги Козловой рассказала о матери. «Это ложь», — сказала она.",
        "Сын Алексея Громова рассказал о суде. «Это ложь», — сказал он.",
    ],
)
def test_a_relative_named_in_the_genitive_is_still_no_antecedent(text: str) -> None:
    assert _first(text) is None
