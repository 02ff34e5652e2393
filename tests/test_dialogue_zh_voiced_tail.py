"""Words in the first or second person after a Chinese dialogue line's closing mark, with no
verb of saying, are the line going on past a misplaced mark ("“…”大山这个人我信得过，…"), not
narration: they name no speaker; narration in the third person still does. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote
from tests.zhstory import ARRIVAL, story_lines

OPENING = [
    *ARRIVAL,
    "“走累了吧？”",
    "“不累。”",
    "“歇一歇。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_first_person_words_after_the_mark_name_no_speaker() -> None:
    quotes = _said(["“嫂子，你先别急。”赵大山这个人我信得过，他不会骗你的。"])
    assert quotes["嫂子，你先别急。"].speaker is None


def test_third_person_narration_after_the_mark_names_the_one_acting() -> None:
    quotes = _said(["“嫂子，你先别急。”赵大山拉过一把椅子，让她坐下。"])
    said = quotes["嫂子，你先别急。"]
    assert (said.speaker, said.basis) == ("赵大山", "narration")
