"""Chinese news: an indefinite subject past an adverb, a cue after a colon-introduced quotation,
a clause that shares its sentence's subject, and the 他/她 window (zhja24)."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _quotes(text: str) -> list[Quote]:
    return list(find_quotes(text, "zh", ""))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


def test_an_indefinite_subject_with_a_title_stays_nobody_past_an_adverb() -> None:
    assert _speakers("有外媒记者私下称，她的回答“比以往更有针对性”。") == [None]
    assert _speakers("一位记者私下表示：“问答比以往更长。”") == [None]
    # a title and a name stay named
    assert _speakers("外交部发言人毛宁表示：“中方愿加强沟通。”") == ["毛宁"]


def test_a_cue_after_a_colon_introduced_quotation_reports_its_own_clause() -> None:
    text = "副司长毛国强在接受采访时表示：“问答都是公开的。”他还透露，明年将增设直播。"
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.confidence, quote.basis) == ("毛国强", "high", "cue")
    text = "副司长毛国强表示：“问答都是公开的。”\n\n有外媒记者称，毛宁的回答“比以往更有针对性”。"
    assert _speakers(text) == ["毛国强", None]


def test_without_a_colon_the_cue_after_the_quotation_is_its() -> None:
    text = "“村里装了摄像头，小偷不敢来了。”治安主任袁明华说，这多亏了“雪亮乡村”建设。"
    assert _quotes(text)[0].speaker == "袁明华"


def test_retorted_and_reminded_are_cues() -> None:
    text = "民進黨立委蔡佩君反駁說，法案已設有緩衝期，「中小企業有充分時間準備」。"
    assert _speakers(text) == ["蔡佩君"]
    text = "研究员王建国接受采访时称，经济有望平稳。王建国同时提醒，外部环境复杂，“不能掉以轻心”。"
    assert _speakers(text) == ["王建国"]


def test_a_clause_of_a_conjunction_alone_shares_the_sentence_s_subject() -> None:
    # the article writes the name again, with other words after it (han/zhshared.py)
    text = "民建聯主席陳克勤歡迎報告的方向，但認為「仍需加快土地供應」。陳克勤同日會見記者。"
    assert _speakers(text) == ["陳克勤"]
    # someone else's, two people, a clause with its own subject, no conjunction: nobody
    assert _speakers("陳克勤的同事歡迎報告，但認為「仍需加快土地供應」。") == [None]
    assert _speakers("陳克勤和李明華歡迎報告，但認為「仍需加快土地供應」。") == [None]
    assert _speakers("陳克勤歡迎報告，政府則認為「仍需加快土地供應」。") == [None]
    assert _speakers("文书马上站起来，说：\n“我这就去！”") == [None]


def test_a_pronoun_reads_terms_as_nicknames_only_in_its_sentences() -> None:
    text = (
        "法案也納入了「資安長」制度，要求企業設置主管。國民黨立委黃建銘批評負擔太重。"
        "黃建銘說：「政府應該提供補助。」\n\n民進黨立委蔡佩君反駁說，法案已設有緩衝期，"
        "「中小企業有充分時間準備」。她強調：「資安是國安。」"
    )
    assert _speakers(text)[-1] == "蔡佩君"
    # a short term before a verb right before the pronoun may be a person: nobody
    assert _speakers("立委蔡佩君出席會議。「小辣椒」也來了。她強調：「資安是國安。」")[-1] is None


def test_a_count_and_a_title_s_last_character_open_no_name() -> None:
    text = "研究员王建国接受采访时称，四季度经济有望平稳，“基础较好”。他同时提醒：“不能掉以轻心。”"
    assert _speakers(text) == ["王建国", "王建国"]
    text = (
        "民建聯主席陳克勤歡迎報告的方向，但認為「仍需加快供應」。他說：「基層市民等得太久了。」"
        "陳克勤同日會見記者。"
    )
    assert _speakers(text) == ["陳克勤", "陳克勤"]


def test_many_shared_subjects_stay_fast() -> None:
    def run(n: int) -> None:
        assert len(_quotes("主席陳克勤歡迎報告，但認為「仍需加快」。她強調：「好。」" * n)) == 2 * n

    assert_linear(run, 50)
