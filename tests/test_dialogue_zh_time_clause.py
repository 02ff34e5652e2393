"""The 他 or 她 of a time clause ("他吃苹果的时候，…说：") is not the subject of the verb of saying
after it: another clause opens there, often with someone the cast does not know. Our own
sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

OPENING = [
    "赵大山挑着担子进了院子，钱小河跟在他后面。",
    "小河放下筐子，走到灶台前切菜。",
    "“今年的菜长得好。”",
    "小河说。",
    "大山坐在门槛上，削了一个苹果。",
]


def _said(cue: str) -> Quote:
    text = "\n\n".join([*OPENING, cue, "“明天去镇上卖吧！”"])
    return next(q for q in find_quotes(text, "zh") if "明天" in q.text)


def test_pronoun_of_a_time_clause_is_not_the_speaker() -> None:
    for cue in ("他吃苹果的时候，邻居老马支支吾吾说：", "他吃苹果时，门外有人支支吾吾说："):
        assert _said(cue).speaker is None, cue


def test_pronoun_opening_the_cue_itself_still_speaks() -> None:
    quote = _said("他吃完苹果，对小河说：")
    assert (quote.speaker, quote.confidence) == ("赵大山", "low")


def test_many_pronoun_clauses_stay_linear() -> None:
    def run(n: int) -> None:
        cue = "他走" * n + "，" + "他走，" * n + "说："
        find_quotes("\n\n".join([*OPENING, cue, "“好。”", "“好。”"]), "zh")

    assert_linear(run, 500)
