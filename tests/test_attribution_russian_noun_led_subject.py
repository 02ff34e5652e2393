"""Russian: a noun and its complement before a man's name and his past verb: his clause."""
# "Водитель маршрутки Артур Гаспарян выжил. «…», — рассказал он корреспонденту" gave the speaker
# of the quotation before ("Ефимов"): "водитель" is no title of the list, so the name was no
# subject. A first name in a consonant has no case ending and the masculine past agrees with it.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BEFORE = "«Пациентка в реанимации», — сказал врач Сергей Ефимов.\n\n"
_SAID = " «Я ушёл вправо, насколько мог», — рассказал он корреспонденту."


def _last(text: str) -> str | None:
    """The speaker of the last quotation."""
    return find_quotes(text, "ru", "")[-1].speaker


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (_BEFORE + "Водитель маршрутки Артур Гаспарян выжил." + _SAID, "Артур Гаспарян"),
        (_BEFORE + "Сосед погибшего Андрей Лосев прибежал первым." + _SAID, "Андрей Лосев"),
    ],
)
def test_the_man_after_a_noun_and_its_complement_is_the_subject(text: str, who: str) -> None:
    assert _last(text) == who


@pytest.mark.parametrize(
    "text",
    [
        # a first name in -а may be a man's genitive: the owner, not the subject
        _BEFORE
        + "Жена водителя Ивана Петрова выжила."
        + _SAID.replace("рассказал он", "сказала она"),
        # the verb is no masculine past: no agreement read
        _BEFORE + "Водитель маршрутки Артур Гаспарян в больнице." + _SAID,
    ],
)
def test_no_subject_where_case_or_verb_does_not_tell(text: str) -> None:
    assert _last(text) in (None, "Сергей Ефимов") and _last(text) != "Иван Петров"
