"""Japanese: a party, a place or "the same" body before a member's title names nobody."""
# fixW23: "自民党衆院議員は「…」" gave "自民党" at high, "大阪府議は" gave "大阪",
# "佐藤由美子・衆院議員は" gave "佐藤由美子・" and "佐藤由美子衆院議長は" "佐藤由美子衆院".

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_QUOTE = "「増税には反対だ」と述べた。"


def _speaker(subject: str) -> str | None:
    (quote,) = find_quotes(subject + _QUOTE, "ja", "")
    return quote.speaker


@pytest.mark.parametrize(
    "subject",
    [
        "自民党衆院議員は",
        "公明党衆院議員は",
        "同党衆院議員は",
        "大阪府議は",
        "東京都議は",
        "同社社長は",
    ],
)
def test_a_body_before_the_title_is_nobody(subject: str) -> None:
    assert _speaker(subject) is None


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("佐藤由美子・衆院議員は", "佐藤由美子"),
        ("田中太郎・外相は", "田中太郎"),
        ("佐藤由美子衆院議長は", "佐藤由美子"),
        ("鈴木次郎参院副議長は", "鈴木次郎"),
        # negatives: a person before the title keeps the name
        ("佐藤由美子・元衆院議員は", "佐藤由美子"),
        ("立憲民主党の佐藤由美子衆院議員は", "佐藤由美子"),
        ("山田一郎都議は", "山田一郎"),
        ("山田府議は", "山田"),
        ("木村衆院議員は", "木村"),
        ("ジョー・バイデン大統領は", "ジョー・バイデン"),
    ],
)
def test_the_name_loses_a_dot_and_a_house(subject: str, speaker: str) -> None:
    assert _speaker(subject) == speaker
