"""A two-character word that opens a cue sentence right before the manner of its verb of saying
("秋生很诚恳地对他说：") is the name of a person the story names once; a title there makes it part
of a longer subject ("宣传部长客气地问："), and words that are never names stay null. Our own
sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote
from tests.zhstory import ARRIVAL, story_lines

OPENING = [
    *ARRIVAL,
    "“歇一歇吧。”",
    "“好。”",
    "“热死了。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_a_word_before_the_manner_of_saying_is_a_name_said_once() -> None:
    quotes = _said(["这时，摊主走了过来。", "秋生很诚恳地对他们说：", "“进来喝口水吧。”"])
    said = quotes["进来喝口水吧。"]
    assert (said.speaker, said.confidence) == ("秋生", "low")


def test_a_word_that_begins_a_title_is_no_name() -> None:
    quotes = _said(["这时，镇上的人走了过来。", "宣传部长客气地问：", "“你们从哪里来？”"])
    assert quotes["你们从哪里来？"].speaker is None


def test_a_word_that_is_never_a_name_stays_null() -> None:
    quotes = _said(["这时，镇上的人都围了过来。", "大家很高兴地说：", "“来客人了！”"])
    assert quotes["来客人了！"].speaker is None
