""" "笑着" after a Chinese dialogue line, with the sentence going on to another act ("钱小河笑着
拍了他一下。"), is how someone smiles, as often the listener: it names no speaker; "说着"
still does. Our own sentences."""

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


def test_smiling_while_doing_something_else_names_no_speaker() -> None:
    quotes = _said(["“好吧，买一只。”", "钱小河笑着在他肩上拍了一巴掌。"])
    assert quotes["好吧，买一只。"].speaker is None


def test_saying_while_doing_something_else_still_names_the_speaker() -> None:
    quotes = _said(["“好吧，买一只。”", "钱小河说着在他肩上拍了一巴掌。"])
    said = quotes["好吧，买一只。"]
    assert (said.speaker, said.basis) == ("钱小河", "cue_after")
