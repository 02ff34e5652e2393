"""A Chinese clause of a conjunction alone shares its sentence's subject only when the article
knows that name: never a fixed slice of the sentence's first characters (han/zhshared.py)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "zh", "")]


@pytest.mark.parametrize(
    "text",
    [
        "张伟批评了这项政策，但认为“还有改进空间”。",
        "王丽出席会议，并称：“会议很成功。”",
        "外交部发言人毛宁今天主持例行记者会，并强调：“中方立场不变。”",
        "欧阳娜娜出席活动，并表示：“很开心。”",
        "常务副市长高明主持会议，但表示：“任务很重。”",
        "黄河水利委员会发布通报，并指出：“汛情严峻。”",
        "张家口市政府召开会议，但强调：“要守住底线。”",
        "江苏省教育厅发布通知，并表示：“将严格落实。”",
        "华为公司发布新品，并表示：“销量很好。”",
        "高雄市政府發布新聞稿，並表示：「將全力搶修。」",
        "许多市民前来围观，并称：“太壮观了。”",
        "李明华之子出庭，但表示：“我父亲无罪。”",
        "李明华之子出庭，但表示：“我父亲无罪。”李明华曾任局长。",
        "王毅与布林肯会谈，并表示：“双方坦诚交流。”",
    ],
)
def test_a_name_the_article_does_not_know_is_no_shared_subject(text: str) -> None:
    assert _said(text)[0][0] is None


def test_a_body_written_twice_the_same_way_is_still_nobody() -> None:
    text = "黄河水利委员会发布通报，并指出：“汛情严峻。”黄河水利委员会今天再发通报。"
    assert _said(text)[0][0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("常务副市长高明主持会议，但表示：“任务很重。”高明说：“大家要努力。”", "高明"),
        ("外交部发言人毛宁今天主持例行记者会，并强调：“立场不变。”毛宁表示：“欢迎。”", "毛宁"),
        ("欧阳娜娜出席活动，并表示：“很开心。”欧阳娜娜说：“谢谢大家。”", "欧阳娜娜"),
        ("邱泰源出席記者會，但強調「健保不能倒」。邱泰源指出，財源不足。", "邱泰源"),
        ("张伟批评了这项政策，但认为“还有改进空间”。张伟说：“要慢慢来。”", "张伟"),
    ],
)
def test_a_name_the_article_knows_is_the_shared_subject(text: str, name: str) -> None:
    assert _said(text)[0] == (name, "high")
