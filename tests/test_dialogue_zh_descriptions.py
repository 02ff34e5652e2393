"""The words that describe a name before a cue belong to it: a place opening them ("在灶台上切菜的
小河") or a description of up to eleven characters ending in 的 ("脸上已经沾了不少面粉的钱小河，…
说："); the name after 的 is the cue's subject. Our own sentences."""

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


def test_name_after_a_long_description_speaks() -> None:
    quote = _said("脸上已经沾了不少面粉的钱小河，咧开嘴笑着说：")
    assert (quote.speaker, quote.confidence) == ("钱小河", "low")


def test_name_that_is_the_object_of_a_seeing_stays_null() -> None:
    for cue in ("看着脸上沾了不少面粉的小河，说：", "有人看见脸上沾了不少面粉的钱小河，说："):
        assert _said(cue).speaker is None, cue
