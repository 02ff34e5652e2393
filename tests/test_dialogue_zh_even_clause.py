"""A clause that opens with 连 and has 也 or 都 after it ("连饺子也忘了吃") is "even …", not a
person named 连: it does not hide the one person the sentence names. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear
from tests.zhstory import story_lines

OPENING = [
    "赵大山挑着担子进了镇子，钱小河跟在他后面。",
    "大山走到一个饺子摊前，停下了脚。",
    "小河也停下了。",
    "摊主是个外地来的女人，她端来两碗饺子，笑着问：",
    "“大哥，看看手表？”",
    "“不看。”",
    "“便宜哩！”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_even_clause_names_nobody_so_he_is_the_one_named() -> None:
    quotes = _said(
        [
            "“才二十块？”",
            "钱小河在旁边听着。",
            "赵大山吃惊得张大了嘴，连饺子也忘了吃。",
            "他对那个女人说：",
            "“在我们那里能卖一百块！”",
        ]
    )
    assert quotes["在我们那里能卖一百块！"].speaker == "赵大山"


def test_a_name_opening_with_the_surname_lian_is_still_a_name() -> None:
    quotes = _said(
        [
            "连长顺从门外走了进来。",
            "长顺笑着说：",
            "“你们都在这儿哩！”",
        ]
    )
    assert quotes["你们都在这儿哩！"].speaker == "连长顺"


def test_a_long_clause_after_lian_stays_linear() -> None:
    turns = "\n\n“好。”\n\n“好。”\n\n“好。”"
    assert_linear(lambda n: find_quotes("连" + "饺子好吃" * n + "也。" + turns, "zh"), 1000)
