"""English quotations right after a cue whose subject is an unnamed lower-case noun ("the crowd
chanted") carry no speaker over from the quotation before (own sentences; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_speakers as speakers


def test_a_crowd_chanting_between_two_quotations_carries_nobody_over() -> None:
    text = (
        'Sheriff Tom Hale backed the plan. He said, "The mayor will fix the roads" - at which '
        'point the crowd chanted "Fix the roads!" - "and keep the buses running."'
    )
    assert speakers(text)[1] is None


def test_a_crowd_chanting_in_the_next_sentence_carries_nobody_over() -> None:
    text = (
        'Sheriff Tom Hale backed the plan. He said, "The mayor will fix the roads." Then the '
        'crowd chanted "Fix the roads!"'
    )
    assert speakers(text) == ["Tom Hale", None]


def test_a_name_before_the_only_cue_after_a_quotation_still_speaks() -> None:
    text = (
        'Sheriff Tom Hale backed the plan. He said, "The mayor will fix the roads." Then Ann '
        'Roe shouted, "Fix the roads!"'
    )
    assert speakers(text) == ["Tom Hale", "Ann Roe"]
