"""The sentence right after a Chinese dialogue line that says its subject began to speak or
took up the talk ("赵大山终于开口了。") names that line's speaker, less surely (`narration`,
low); negated ("不好开口") or naming another speaker's act, it names nobody. The stories are
our own sentences."""

from __future__ import annotations

from tests.zhstory import market_lines


def test_the_one_who_began_to_speak_after_a_line_spoke_it() -> None:
    quotes = market_lines(["“多少钱一只？”", "赵大山半天才开口了，声音很低。"])
    said = quotes["多少钱一只？"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "narration")


def test_the_one_who_took_up_the_talk_after_a_line_spoke_it() -> None:
    quotes = market_lines(["“那就买一只！”", "钱小河马上接住了话茬。"])
    assert quotes["那就买一只！"].speaker == "钱小河"


def test_a_negated_act_of_speaking_names_nobody() -> None:
    quotes = market_lines(["“多少钱一只？”", "赵大山看出钱小河不好开口，就把担子放下了。"])
    assert quotes["多少钱一只？"].speaker is None


def test_another_persons_act_of_speaking_is_not_the_subjects() -> None:
    quotes = market_lines(["“多少钱一只？”", "赵大山看出钱小河想开口，就把担子放下了。"])
    assert quotes["多少钱一只？"].speaker is None
