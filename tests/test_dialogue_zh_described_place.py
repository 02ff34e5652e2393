"""A place opening the words that describe a name ("在灶台上切菜的小河") belongs to them: the
name after 的 is the subject of the cue. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = [
    "赵大山挑着担子进了院子，钱小河跟在他后面。",
    "小河放下筐子，走到灶台前切菜。",
    "大山坐在门槛上抽烟。",
    "“今年的菜长得好。”",
    "小河说。",
]


def _said(cue: str) -> Quote:
    text = "\n\n".join([*OPENING, cue, "“明天去镇上卖吧！”"])
    return next(q for q in find_quotes(text, "zh") if "明天" in q.text)


def test_name_described_by_a_place_and_a_deed_speaks() -> None:
    for cue in ("这时候，在灶台上切菜的小河插嘴说：", "在灶台上切菜的小河插嘴说："):
        quote = _said(cue)
        assert (quote.speaker, quote.confidence) == ("钱小河", "low"), cue


def test_name_after_another_preposition_or_no_name_stays_null() -> None:
    # "跟在…的小河" makes 小河 the one spoken with; a time clause and a nameless 老汉 name nobody
    for cue in (
        "跟在灶台上切菜的小河说了几句，又说：",
        "在灶台上切菜的时候，又说：",
        "这时候，在院子里抽烟的老汉插嘴说：",
    ):
        assert _said(cue).speaker is None, cue
