"""A statement someone plans to make ("will say", "述べる予定だ") is never a sure credit."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "佐藤花子知事は来週「橋を架け替える」と述べる予定だ。",
        "佐藤花子知事は「橋を架け替える」と説明する方針だ。",
        "佐藤花子知事は「橋を架け替える」と話す見通しだ。",
    ],
)
def test_a_japanese_cue_before_a_plan_noun_is_planned(text: str) -> None:
    [quote] = find_quotes(text, "ja")
    assert (quote.speaker, quote.mood, quote.confidence) == ("佐藤花子", "planned", "low")


@pytest.mark.parametrize(
    "text",
    [
        "佐藤花子知事は「橋を架け替える」と述べた。",
        "佐藤花子知事は「橋を架け替える」と述べた予定表を配った。",
        "佐藤花子知事は「橋を架け替える」と強調した。予定通り工事は始まった。",
    ],
)
def test_a_japanese_cue_in_the_past_is_said(text: str) -> None:
    [quote] = find_quotes(text, "ja")
    assert (quote.speaker, quote.mood, quote.confidence) == ("佐藤花子", "said", "high")
