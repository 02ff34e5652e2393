"""A cue's 他 or 她 is never a person its own clause sets apart from it: a name after the
pronoun ("他问钱小河。") or a name that acts on it ("赵大山看了他一眼"); but the pronoun set
right before a name ("他钱小河") is that person. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = [
    "赵大山是个挑夫，钱小河是他的邻居。",
    "大山年纪大一些，小河年纪小一些。",
]
CLOSING = ["院子里静了下来。", "“走吧。”", "“好。”", "“天快黑了。”"]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(OPENING + lines + CLOSING), "zh")}


def test_he_who_asks_the_one_man_of_the_scene_is_not_that_man() -> None:
    quotes = _said(
        [
            "“你回来了？”",
            "钱小河笑着问。",
            "钱小河放下担子。",
            "“这柴是从哪里砍来的？”",
            "他问钱小河。",
        ]
    )
    assert quotes["这柴是从哪里砍来的？"].speaker is None


def test_he_who_asks_one_of_two_men_is_the_other() -> None:
    quotes = _said(
        [
            "“你回来了？”",
            "赵大山问。",
            "钱小河挑着一担柴进了院子。",
            "“这柴是从哪里砍来的？”",
            "他问钱小河。",
        ]
    )
    said = quotes["这柴是从哪里砍来的？"]
    assert (said.speaker, said.confidence, said.basis) == ("赵大山", "low", "scene_pronoun")


def test_a_pronoun_set_right_before_the_name_is_that_person() -> None:
    quotes = _said(
        [
            "“你回来了？”",
            "钱小河笑着问。",
            "钱小河放下担子。",
            "他钱小河可不怕累，说：",
            "“这柴是从后山砍来的。”",
        ]
    )
    said = quotes["这柴是从后山砍来的。"]
    assert (said.speaker, said.basis) == ("钱小河", "scene_pronoun")
