"""A 他 or 她 that opens the cue line after a line of dialogue goes on with the subject of
the narration sentence just before it, even when that person spoke the line before, unless
that line's own cue named them. The stories are our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote
from tests.zhstory import ARRIVAL, story_lines

OPENING = [
    *ARRIVAL,
    "摊主是个外地来的女人，她笑着问：",
    "“大哥，看看手表？”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_he_goes_on_with_the_one_who_acted_after_his_own_line() -> None:
    # the line before has no cue of its own; the narration after it is its mention only
    quotes = _said(
        [
            "“一只多少钱？”",
            "“二十块。”",
            "“才二十块？”",
            "赵大山吃惊得张大了嘴。",
            "他对那个女人说：",
            "“在我们那里能卖一百块！”",
        ]
    )
    said = quotes["在我们那里能卖一百块！"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "scene_pronoun")


def test_he_is_not_the_one_whose_own_cue_names_him_as_the_speaker_before() -> None:
    quotes = _said(
        [
            "“一只多少钱？”",
            "赵大山问。",
            "他听了，说：",
            "“二十块。”",
        ]
    )
    assert quotes["二十块。"].speaker != "赵大山"


def test_he_stays_unresolved_when_the_sentence_before_names_another_man() -> None:
    quotes = _said(
        [
            "“才二十块？”",
            "赵大山把钱小河拉到一边，钱小河直摇头。",
            "他对那个女人说：",
            "“在我们那里能卖一百块！”",
        ]
    )
    assert quotes["在我们那里能卖一百块！"].speaker is None


def test_he_goes_back_past_sentences_that_open_with_him_to_the_name() -> None:
    # two men named since the last line: only the chain of sentences tells which one
    quotes = _said(
        [
            "“才二十块？”",
            "钱小河在旁边听着。",
            "赵大山吃惊得张大了嘴。",
            "他放下担子。",
            "他对那个女人说：",
            "“在我们那里能卖一百块！”",
        ]
    )
    said = quotes["在我们那里能卖一百块！"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "scene_pronoun")


def test_he_is_not_carried_back_past_a_sentence_that_names_another_man() -> None:
    quotes = _said(
        [
            "“才二十块？”",
            "钱小河在旁边听着。",
            "赵大山吃惊得张大了嘴。",
            "他看了钱小河一眼。",
            "他对那个女人说：",
            "“在我们那里能卖一百块！”",
        ]
    )
    # not carried back past "他看了钱小河一眼。"; but that sentence sets 钱小河 apart from 他,
    # which leaves 赵大山 the scene's one man (zhprec27; it named nobody before)
    said = quotes["在我们那里能卖一百块！"]
    assert (said.speaker, said.basis) == ("赵大山", "scene_pronoun")


def test_they_do_not_go_on_with_one_person() -> None:
    quotes = _said(
        [
            "“才二十块？”",
            "钱小河在旁边听着。",
            "赵大山吃惊得张大了嘴。",
            "他们都笑了。",
            "他对那个女人说：",
            "“在我们那里能卖一百块！”",
        ]
    )
    assert quotes["在我们那里能卖一百块！"].speaker is None
