"""A titled Japanese name whose given name is in hiragana is the speaker (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    quote = find_quotes(text, "ja", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("森まさこ法相は「改革を続ける」と述べた。", "森まさこ"),
        ("「改革を続ける」と佐藤ゆかり氏は述べた。", "佐藤ゆかり"),
        ("「改革を続ける」と森まさこ法相は述べた。", "森まさこ"),
        ("佐藤ゆかり議員は「改革を続ける」と語った。", "佐藤ゆかり"),
        ("森雅子法相は「改革を続ける」と述べた。", "森雅子"),
    ],
)
def test_a_titled_name_with_a_hiragana_given_name_speaks(text: str, who: str) -> None:
    assert _speaker(text) == (who, "high")


@pytest.mark.parametrize(
    "text",
    [
        "「改革を続ける」と話した村長は笑った。",
        "「改革を続ける」と取材に応じた村長は話した。",
        "取材に応じた村長は「改革を続ける」と述べた。",
        "「改革を続ける」と喜んでいる村長は話した。",
        "「改革を続ける」と新しい知事は述べた。",
    ],
)
def test_a_verb_or_adjective_before_a_title_names_nobody(text: str) -> None:
    assert _speaker(text)[0] is None
