"""A kinship word that opens the clause of a cue ("父亲就对她说：") is someone the story
does not name there, also after a pronoun with a rank before it ("她大哥") or a name and 的
("秀莲的父亲"): the line stays null, never the name of an earlier clause nor the pronoun's
or the name's person. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = [
    "钱秀莲是赵大山的邻居。",
    "秀莲每天早上去河边洗衣服，大山每天早上去山里砍柴。",
    "“早！”",
    "“早！”",
    "“又去砍柴？”",
    "天黑了。",
    "吃晚饭的时候，钱秀莲回到了家里。",
    "她把篮子放下。",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(OPENING + lines), "zh")}


def test_a_kinship_word_opening_the_cue_clause_names_nobody_known() -> None:
    quotes = _said(["秀莲刚坐下，父亲就对她说：", "“明天去你姑姑家。”"])
    assert quotes["明天去你姑姑家。"].speaker is None


def test_her_elder_brother_is_not_her() -> None:
    quotes = _said(["她大哥吃完饭，走过来说：", "“明天去你姑姑家。”"])
    assert quotes["明天去你姑姑家。"].speaker is None


def test_she_who_opens_the_cue_is_still_the_woman_of_the_scene() -> None:
    quotes = _said(["她吃完饭，走过来说：", "“明天去姑姑家。”"])
    said = quotes["明天去姑姑家。"]
    assert (said.speaker, said.basis) == ("钱秀莲", "scene_pronoun")


def test_a_persons_kin_is_not_that_person() -> None:
    # "秀莲的父亲" is her father, someone the story does not name here
    quotes = _said(["秀莲的父亲蹲在门口，骂道：", "“明天去你姑姑家。”"])
    assert quotes["明天去你姑姑家。"].speaker is None


def test_a_persons_face_still_goes_with_that_person() -> None:
    quotes = _said(["秀莲的脸红了，说：", "“明天去姑姑家。”"])
    said = quotes["明天去姑姑家。"]
    assert (said.speaker, said.basis) == ("钱秀莲", "colon_intro")


def test_a_full_name_after_the_kin_is_the_speaker() -> None:
    # "秀莲的哥哥钱长顺": the brother, named once, speaks
    quotes = _said(["秀莲的哥哥钱长顺蹲在门口，骂道：", "“明天去你姑姑家。”"])
    said = quotes["明天去你姑姑家。"]
    assert (said.speaker, said.basis) == ("钱长顺", "colon_intro")
