"""Japanese: a house's short name before 議員 is part of the title, not of the name before it."""
# world22: "自民党の佐藤由美子衆院議員は「…」と語った" gave "佐藤由美子衆院", high.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "ja", "")
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("自民党の佐藤由美子衆院議員は取材に「時宜にかなっている」と語った。", "佐藤由美子"),
        ("立憲民主党の山田太郎参院議員は「反対だ」と述べた。", "山田太郎"),
        ("公明党の川口花子都議は「予算が足りない」と話した。", "川口花子"),
        ("佐藤由美子議員は「賛成だ」と述べた。", "佐藤由美子"),
    ],
)
def test_the_member_is_named_without_the_house(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_an_unnamed_member_is_nobody() -> None:
    assert _speaker("ある衆院議員は「まだ決まっていない」と話した。") is None
