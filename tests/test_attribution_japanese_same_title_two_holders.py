"""同 and a title after two people so titled may stand for either: nobody (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ja", "")]


@pytest.mark.parametrize(
    "text",
    [
        "加藤勝信財務相と林芳正外務相は会談した。同相は「円安を注視する」と述べた。",
        "林芳正外務相は会見した。加藤勝信財務相も出席した。同相は「円安を注視する」と述べた。",
        "山田一郎法相と鈴木次郎農水相が出席した。同相は「対策を急ぐ」と述べた。",
    ],
)
def test_same_title_after_two_holders_names_nobody(text: str) -> None:
    assert _speakers(text)[0][0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("加藤勝信財務相は記者会見した。同相は「円安を注視する」と述べた。", "加藤勝信"),
        (
            "岸田文雄首相と加藤勝信財務相は会談した。同首相は「円安を注視する」と述べた。",
            "岸田文雄",
        ),
        ("加藤勝信財務相は会見した。同氏は「円安を注視する」と述べた。", "加藤勝信"),
    ],
)
def test_same_title_after_one_holder_is_that_holder(text: str, who: str) -> None:
    assert _speakers(text)[0] == (who, "high")


def test_a_surname_and_its_full_name_are_one_holder() -> None:
    text = (
        "加藤勝信財務相は会見した。加藤財務相は「円安を注視する」と述べた。"
        "同相は「介入も辞さない」と語った。"
    )
    assert _speakers(text)[1] == ("加藤", "high")
