"""The sentence right after a Chinese dialogue line that says its subject began to speak or
took up the talk ("赵大山终于开口了。") names that line's speaker, less surely (`narration`,
low); negated ("不好开口") or naming another speaker's act, it names nobody. The stories are
our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = [
    "赵大山挑着担子进了镇子，钱小河跟在他后面。",
    "大山走到一个货摊前，停下了脚。",
    "小河也停下了。",
    "摊主是个外地来的女人，她笑着问：",
    "“大哥，看看手表？”",
    "“不看。”",
    "“便宜哩！”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(OPENING + lines), "zh")}


def test_the_one_who_began_to_speak_after_a_line_spoke_it() -> None:
    quotes = _said(["“多少钱一只？”", "赵大山半天才开口了，声音很低。"])
    said = quotes["多少钱一只？"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "narration")


def test_the_one_who_took_up_the_talk_after_a_line_spoke_it() -> None:
    quotes = _said(["“那就买一只！”", "钱小河马上接住了话茬。"])
    assert quotes["那就买一只！"].speaker == "钱小河"


def test_a_negated_act_of_speaking_names_nobody() -> None:
    quotes = _said(["“多少钱一只？”", "赵大山看出钱小河不好开口，就把担子放下了。"])
    assert quotes["多少钱一只？"].speaker is None


def test_another_persons_act_of_speaking_is_not_the_subjects() -> None:
    quotes = _said(["“多少钱一只？”", "赵大山看出钱小河想开口，就把担子放下了。"])
    assert quotes["多少钱一只？"].speaker is None
