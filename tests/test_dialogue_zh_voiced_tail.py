"""Words in the first or second person after a Chinese dialogue line's closing mark, with no
verb of saying, are the line going on past a misplaced mark ("“…”大山这个人我信得过，…"), not
narration: they name no speaker; narration in the third person still does. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = [
    "赵大山挑着担子进了镇子，钱小河跟在他后面。",
    "大山走到一个货摊前，停下了脚。",
    "小河也停下了。",
    "“走累了吧？”",
    "“不累。”",
    "“歇一歇。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(OPENING + lines), "zh")}


def test_first_person_words_after_the_mark_name_no_speaker() -> None:
    quotes = _said(["“嫂子，你先别急。”赵大山这个人我信得过，他不会骗你的。"])
    assert quotes["嫂子，你先别急。"].speaker is None


def test_third_person_narration_after_the_mark_names_the_one_acting() -> None:
    quotes = _said(["“嫂子，你先别急。”赵大山拉过一把椅子，让她坐下。"])
    said = quotes["嫂子，你先别急。"]
    assert (said.speaker, said.basis) == ("赵大山", "narration")
