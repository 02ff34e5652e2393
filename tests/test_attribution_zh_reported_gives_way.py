"""A Chinese quotation after a sentence of reported speech gives way to whatever says whose words
they are: a cue, a dash or a sentence about it after the quotation, or the reported sentence
telling of someone else's words (han/zhreported.py); 说法 is a noun, no cue."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_OPENING = "统计局发言人付凌晖、分析师黄文涛、工人李春梅出席发布会。"
_REPORTED = "付凌晖指出，规模以上工业增加值同比增长5.3%。"


def _last(text: str) -> Quote:
    return find_quotes(_OPENING + text, "zh", "")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "工人李春梅说，工资拖欠了三个月。“我们要讨个说法。”工人们齐声喊道。",
        _REPORTED + "“数字被高估了。”这是黄文涛的看法。",
        _REPORTED + "“数字被高估了。”——黄文涛",
        _REPORTED + "“消费疲软。”类似说法在网上流传甚广。",
        "黄文涛透露，总理在会上说了一句话。“要把就业放在首位。”",
    ],
)
def test_words_that_say_whose_the_quotation_is_leave_it_to_nobody(text: str) -> None:
    assert _last(text).speaker is None


def test_a_cue_after_the_quotation_names_its_own_speaker() -> None:
    quote = _last(_REPORTED + "“这个数字令人失望。”黄文涛评论道。")
    assert (quote.speaker, quote.confidence) == ("黄文涛", "high")


def test_a_saying_as_a_noun_is_no_cue() -> None:
    assert find_quotes("“消费疲软。”类似说法在网上流传甚广。", "zh", "")[0].speaker is None
    text = "李明说：“我们会努力。”张伟对这一说法表示赞同。"
    assert [q.speaker for q in find_quotes(text, "zh", "")] == ["李明"]


def test_nothing_after_the_quotation_keeps_the_reported_speaker() -> None:
    quote = _last(_REPORTED + "“高技术制造业的贡献持续加大。”")
    assert (quote.speaker, quote.confidence) == ("付凌晖", "low")
    # 说法 in the reported sentence is a noun, not someone else's words
    assert _last("付凌晖指出，这一说法不准确。“高技术制造业的贡献持续加大。”").speaker == "付凌晖"
