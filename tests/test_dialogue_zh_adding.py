"""A 他 or 她 cue that adds to what was said ("他又补充说：") goes on with the one of that gender
who spoke the line just before, though a plain 他 cue there is never that speaker. Our own
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
    "“你在这里等着，我去买点吃的。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return story_lines(OPENING, lines)


def test_he_who_adds_is_the_one_who_spoke_before() -> None:
    quotes = _said(["他想了想，又补充说：", "“别走远了。”"])
    said = quotes["别走远了。"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "scene_pronoun")


def test_he_who_only_speaks_is_not_the_one_who_spoke_before() -> None:
    quotes = _said(["他想了想，说：", "“别走远了。”"])
    assert quotes["别走远了。"].speaker != "赵大山"
