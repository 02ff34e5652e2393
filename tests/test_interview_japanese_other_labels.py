"""A Japanese dashed interview's paragraph opened by another label (an interpreter "鈴木：", a
note "注：", "時間：") is not the guest's answer (fixI22: texts written for these tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_HEAD = "作家・佐藤花子さんに聞く\n\n作家の佐藤花子さんに話を聞いた。\n\n"
_TURNS = "――いつですか。\n\n佐藤：来年の春です。\n\n――楽しみです。\n\n佐藤：ありがとう。"


def _said(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Speaker and confidence of each quotation, by its words."""
    return {q.text: (q.speaker, q.confidence) for q in find_quotes(text, "ja") if q.kind != "title"}


@pytest.mark.parametrize(
    "other",
    ["鈴木：佐藤さんは次の作品を準備中です。", "注：この取材は五月に行った。", "時間：午後三時。"],
)
def test_a_paragraph_another_label_opens_is_not_the_guests(other: str) -> None:
    said = _said(f"{_HEAD}――次の作品は。\n\n{other}\n\n{_TURNS}")
    assert said.get(other, (None, None))[0] is None
    assert said["来年の春です。"] == ("佐藤花子", "high")  # the guest's own label still answers


# The guest's own label, by full name, surname, given name or with an honorific, is theirs and
# no speech (fixI23: "佐藤花子：" and "花子：" gave nobody after fixI22).
@pytest.mark.parametrize("label", ["佐藤花子", "佐藤", "花子", "佐藤さん", "佐藤花子氏"])
def test_the_guests_own_label_answers_and_is_no_speech(label: str) -> None:
    said = _said(
        f"{_HEAD}――いつですか。\n\n{label}：来年の春です。\n\n――楽しみです。\n\n{label}：ありがとう。"
    )
    assert said == {"来年の春です。": ("佐藤花子", "high"), "ありがとう。": ("佐藤花子", "high")}


# A label of another name, even one sharing a character, is nobody's.
@pytest.mark.parametrize("label", ["鈴木花", "藤子", "山田"])
def test_another_label_answers_nothing(label: str) -> None:
    said = _said(
        f"{_HEAD}――いつですか。\n\n{label}：来年の春です。\n\n――楽しみです。\n\n{label}：ありがとう。"
    )
    assert all(speaker is None for speaker, _ in said.values())
