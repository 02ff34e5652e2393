"""A Chinese clause with a subject of its own (a plural noun with 们, a pronoun, a name) owns
its cue: the known name that opens the sentence is not the speaker (han/zhshared.own_subject)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "zh", "")]


@pytest.mark.parametrize(
    "text",
    [
        "赵志刚表示，方案已经成熟。赵志刚周三会见记者，但记者们说“还有疑问”。",
        "赵志刚表示，方案已经成熟。赵志刚周三会见记者，记者们说“还有疑问”。",
        "刘洋表示，会议很成功。刘洋今天出席论坛，同时王磊表示“收获很大”。",
        "孙丽华说，项目进展顺利。孙丽华昨天视察工地，工人们则说“工期太紧”。",
        "孙丽华说，项目进展顺利。孙丽华昨天视察工地，但他们说“工期太紧”。",
    ],
)
def test_the_clause_subject_speaks_not_the_sentence_opener(text: str) -> None:
    assert _said(text)[0][0] != text[:3]
    assert _said(text)[0][0] in (None, "王磊")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no subject in the cue's clause: the known name that opens the sentence speaks
        ("晓霞说，她很累。晓霞不笑了，嘴里喃喃地说：“我想回家。”", "晓霞"),
        ("王丽建议推迟。王丽说过此事，并称：“会议很成功。”", "王丽"),
    ],
)
def test_a_clause_without_its_own_subject_keeps_the_sentence_opener(text: str, name: str) -> None:
    assert _said(text)[0][0] == name
