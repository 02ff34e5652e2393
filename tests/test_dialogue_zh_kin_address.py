"""A given name that opens clauses and is addressed with a kinship word after it ("春花姐也
在这里！") is one of the story's people, so 她 can mean her. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

STORY = [
    "钱秀莲是赵大山的邻居。",
    "秀莲每天早上去河边洗衣服，大山每天早上去山里砍柴。",
    "“早！”",
    "“早！”",
    "“又去砍柴？”",
    "天黑了。",
    "赵大山推开门，才发现：",
    "春花姐也在这里！",
    "春花亲切地看着他。",
    "“快坐下！”",
    "她招呼说。",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(lines), "zh")}


def test_she_is_the_woman_named_with_a_kinship_address() -> None:
    said = _said(STORY)["快坐下！"]
    assert (said.speaker, said.confidence, said.basis) == ("春花", "low", "scene_pronoun")
