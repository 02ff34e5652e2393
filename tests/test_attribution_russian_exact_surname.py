"""Russian: a lone surname someone bears in full as written is that person's, not a declension."""
# "Смолина" is the genitive of "Смолин" and a woman's nominative: where the article names
# "Людмила Смолина", "— вспоминает Смолина" (a present-tense cue, no gender) is hers; it gave
# her husband "Виктор Смолин", who spoke before, high. In the genitive the declension stands.

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_COUPLE = (
    "«Он нас обогнал», — рассказал водитель Виктор Смолин. Его жена Людмила Смолина добавила, "
    "что помощь пришла быстро. "
)


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation that is speech."""
    return [q.speaker for q in find_quotes(text, "ru", "") if q.kind != "title"]


def test_the_woman_who_bears_the_form_speaks() -> None:
    text = _COUPLE + "«Мужчины прибежали первыми», — вспоминает Смолина."
    assert _speakers(text) == ["Виктор Смолин", "Людмила Смолина"]


def test_the_genitive_still_names_the_man() -> None:
    text = _COUPLE + "По словам Смолина, «всё случилось за секунды»."
    assert _speakers(text) == ["Виктор Смолин", "Виктор Смолин"]


def test_without_a_woman_of_that_name_the_form_is_still_his_genitive() -> None:
    text = "«Он нас обогнал», — рассказал Виктор Смолин. По словам Смолина, «всё было быстро»."
    assert _speakers(text) == ["Виктор Смолин", "Виктор Смолин"]
