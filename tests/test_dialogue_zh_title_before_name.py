"""A full name right after a title opening a cue ("副主任钱长顺插话说："), with at most a short
adverb or verb before its verb of saying, is the line's speaker though the story names that
person too seldom for its cast; not a name whose kin speaks, one the name makes speak, or a
title with no full name after it. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote
from tests.zhstory import ARRIVAL, story_lines

OPENING = [
    *ARRIVAL,
    "“走累了吧？”",
    "“不累。”",
    "赵大山放下担子，对小河说：",
    "“你在这里等着。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_a_titled_full_name_before_its_verb_speaks() -> None:
    quotes = _said(["副主任钱长顺插话说：", "“这事得先问问公社。”"])
    said = quotes["这事得先问问公社。"]
    assert (said.speaker, said.basis) == ("钱长顺", "colon_intro")


def test_a_titled_full_name_with_an_adverb_speaks() -> None:
    quotes = _said(["书记周有福赶忙回答说：", "“我们一定办好。”"])
    assert quotes["我们一定办好。"].speaker == "周有福"


def test_the_names_kin_is_not_the_name() -> None:
    quotes = _said(["副主任钱长顺的儿子说：", "“这事得先问问公社。”"])
    assert quotes["这事得先问问公社。"].speaker != "钱长顺"


def test_one_the_name_makes_speak_is_not_the_name() -> None:
    quotes = _said(["副主任钱长顺让他说：", "“这事得先问问公社。”"])
    assert quotes["这事得先问问公社。"].speaker != "钱长顺"


def test_a_title_alone_names_nobody() -> None:
    quotes = _said(["副主任很客气地说：", "“这事得先问问公社。”"])
    assert quotes["这事得先问问公社。"].speaker is None
