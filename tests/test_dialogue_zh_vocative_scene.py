"""A Chinese dialogue line with no cue that opens by addressing one of the only two people of
its scene ("“小河，明天还去不去？”") is the other one's; with a third person named, or narration
between that names nobody of the story, it stays null. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = [
    "赵大山是个挑夫，钱小河是他的邻居。",
    "大山年纪大一些，小河年纪小一些。",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(OPENING + lines), "zh")}


def test_a_line_addressing_one_of_two_is_the_others_and_the_turns_follow() -> None:
    quotes = _said(
        [
            "天黑以后，赵大山和钱小河坐在炕上抽烟。",
            "“小河，明天还去不去镇上？”",
            "“去哩。”",
            "“那就早点睡。”",
        ]
    )
    said = quotes["小河，明天还去不去镇上？"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "turn_taking")
    assert quotes["去哩。"].speaker == "钱小河"


def test_a_line_addressing_one_of_three_stays_null() -> None:
    quotes = _said(
        [
            "天黑以后，赵大山和钱小河坐在炕上抽烟，孙长顺蹲在门口。",
            "长顺一句话也没说。",
            "“小河，明天还去不去镇上？”",
            "“去哩。”",
        ]
    )
    assert quotes["小河，明天还去不去镇上？"].speaker is None


def test_narration_between_that_names_nobody_known_keeps_it_null() -> None:
    quotes = _said(
        [
            "天黑以后，赵大山和钱小河坐在炕上抽烟。",
            "“睡吧。”",
            "“嗯。”",
            "这时候，门外传来一个人的喊声：",
            "“小河，明天还去不去镇上？”",
        ]
    )
    assert quotes["小河，明天还去不去镇上？"].speaker is None
