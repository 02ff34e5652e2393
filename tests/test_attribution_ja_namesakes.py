"""Japanese: two people of one surname, one named before a katakana title or with さん; a bare
surname goes to the one its title or honorific picks, and to nobody when it picks neither
(han/jatitled.py, hanname.ja_titled_name)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ja", "")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "田中一郎首席エコノミストと田中次郎研究員が対談した。"
            "田中首席エコノミストは「円安は続く」と述べた。",
            "田中一郎",
        ),
        (
            "田中一郎さん（45）と田中次郎室長が対談した。田中さんは「円安は続く」と述べた。",
            "田中一郎",
        ),
        ("田中一郎さん（45）が取材に応じた。田中さんは「安心した」と話した。", "田中一郎"),
        (
            "田中一郎首席エコノミストと田中次郎研究員が対談した。田中研究員は「円安は続く」と述べた。",
            "田中次郎",
        ),
    ],
)
def test_the_title_or_honorific_picks_the_namesake(text: str, name: str) -> None:
    assert _said(text)[-1] == (name, "high")


def test_the_honorific_picks_the_resident_not_the_official() -> None:
    text = (
        "会社員の田中一郎さん（45）は取材に応じた。市の田中次郎課長は「調査する」と述べた。"
        "田中さんは「安心した」と話した。"
    )
    assert _said(text) == [("田中次郎", "high"), ("田中一郎", "high")]


@pytest.mark.parametrize(
    "text",
    [
        "田中一郎部長と田中次郎部長が対談した。田中部長は「円安は続く」と述べた。",
        "田中一郎さんと田中次郎さんが対談した。田中さんは「円安は続く」と述べた。",
        "田中一郎さん（45）と田中次郎室長が対談した。田中氏は「円安は続く」と述べた。",
        "田中一郎首席エコノミストと田中次郎研究員が対談した。田中氏は「円安は続く」と述べた。",
    ],
)
def test_a_surname_its_title_does_not_pick_names_nobody(text: str) -> None:
    assert _said(text)[-1][0] is None


def test_katakana_after_a_kanji_title_is_no_title() -> None:
    # "部長" ends the name's run; デジタル… after it is another word
    text = "鈴木太郎部長デジタル戦略を説明した。鈴木部長は「急ぎたい」と述べた。"
    assert _said(text)[-1][0] == "鈴木太郎"
