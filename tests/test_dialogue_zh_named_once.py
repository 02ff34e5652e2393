"""A full name the story gives too seldom for its cast, opening the sentence just before a cue
whose 他 or 她 names nobody else ("钱长顺好一阵才抬起头。\n他对儿子说："), is that pronoun's
person when the name's gender fits; a name ending as women's names do is never 他. Our own
sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote
from tests.zhstory import ARRIVAL, story_lines

OPENING = [
    *ARRIVAL,
    "“走累了吧？”",
    "“不累。”",
    "“歇一歇。”",
    "赵大山放下担子，对小河说：",
    "“你在这里等着。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_he_goes_on_with_a_man_named_once_just_before() -> None:
    quotes = _said(["钱长顺好一阵才抬起头。", "他对儿子说：", "“那你早点回来。”"])
    said = quotes["那你早点回来。"]
    assert (said.speaker, said.confidence, said.basis) == ("钱长顺", "low", "scene_pronoun")


def test_he_is_never_a_name_shaped_as_a_womans() -> None:
    quotes = _said(["钱秀莲好一阵才抬起头。", "他对儿子说：", "“那你早点回来。”"])
    assert quotes["那你早点回来。"].speaker != "钱秀莲"
