"""A verb of saying inside what someone thinks ("钱小河想，等明天再说，") is part of the
thought: the sentence after a line names no speaker by it; "想了想，说" still does. Our own
sentences; "知道" (to know) is no saying."""

from __future__ import annotations

from tests.zhstory import market_lines


def test_saying_inside_a_thought_after_a_line_names_no_speaker() -> None:
    quotes = market_lines(["“一只才二十块。”", "钱小河想，手表的事等明天再说，今天先卖柴。"])
    assert quotes["一只才二十块。"].speaker is None


def test_saying_after_the_thinking_is_done_still_names_the_speaker() -> None:
    quotes = market_lines(["钱小河想了想，说：", "“一只才二十块。”"])
    said = quotes["一只才二十块。"]
    assert (said.speaker, said.basis) == ("钱小河", "colon_intro")


def test_knowing_is_no_saying() -> None:
    # the 道 of 知道 (to know) is no verb of saying
    quotes = market_lines(["“一只才二十块。”", "钱小河知道，这是骗人的话。"])
    assert quotes["一只才二十块。"].speaker is None
