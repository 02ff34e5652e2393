"""Chinese: a time word right after a name (早上, 晚上, 中午, 凌晨, 傍晚) is no part of it, as
上午 and 下午 were not ("刘芳早上七点就来到车站。她说：“…”": 刘芳, never 刘芳早)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("time_word", ["早上", "晚上", "中午", "凌晨", "傍晚"])
def test_the_name_before_a_time_word(time_word: str) -> None:
    text = f"家住城东的市民刘芳{time_word}七点就来到车站。她说：“以前坐公交上班要一个多小时。”"
    (quote,) = find_quotes(text, "zh", "")
    assert quote.speaker in ("刘芳", None)
    assert quote.speaker != f"刘芳{time_word[0]}"


def test_no_name_takes_the_time_word() -> None:
    text = "市民刘芳早上七点就来到车站。她说：“以前坐公交上班要一个多小时。”"
    assert [q.speaker for q in find_quotes(text, "zh", "")] == ["刘芳"]
