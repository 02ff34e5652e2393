"""A full name ending a Chinese description is the speaker; a manner or time word never joins it."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, confidence) of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "zh") if q.kind != "title"]


# a manner adverbial or a time clause is two characters or more before 地 or 时: its first
# character is never the name's last ("王强宣判时": 王强, never 王强宣)
def test_a_time_clause_after_a_name_never_joins_it() -> None:
    assert _said("庭长李刚宣读时说：“休庭十分钟。”")[0][0] != "李刚宣"
    assert _said("组长李刚兴奋地说：“完成了！”")[0][0] != "李刚兴"


def test_a_three_character_name_before_a_manner_adverbial_still_speaks() -> None:
    assert _said("获奖者陈志强激动地说：“谢谢大家。”") == [("陈志强", "high")]


# an indefinite description ("一家工厂的负责人") with a name after it names that person
def test_a_name_after_an_indefinite_description_is_the_speaker() -> None:
    assert _said("一家工厂的负责人李刚说：“订单少了。”") == [("李刚", "high")]
    assert _said("有关单位的负责人李刚说：“会核查。”") == [("李刚", "high")]


def test_an_indefinite_description_without_a_name_names_nobody() -> None:
    assert _said("一家工厂的负责人说：“订单少了。”")[0][0] is None


# a verb of answering before the colon makes the clause a person and a verb, no name label
def test_a_verb_of_answering_never_joins_a_label() -> None:
    said = _said("主持人问：“你会留下吗？”李刚答：“会的。”")
    assert all(who != "李刚答" for who, _ in said)


def test_a_name_label_before_a_colon_still_names() -> None:
    assert _said("李志刚：“会的。”")[0][0] == "李志刚"


# a role noun before two characters shaped as a name marks them as one, as a title does (low)
def test_a_two_character_name_after_a_role_noun_is_shown() -> None:
    assert _said("检察官赵刚表示：“材料不全。”") == [("赵刚", "low")]


def test_a_role_noun_alone_names_nobody() -> None:
    assert _said("检察官出庭时说：“材料不全。”")[0][0] is None
