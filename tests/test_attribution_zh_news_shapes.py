"""Who said what in Chinese news as a new reader sees it (zh35): anonymous sources kept apart,
unheld roles, adverbials after a name, unit heads' titles, terms set up, sentences ended inside
the closing mark and 他/她 after a reported quotation. The sentences are our own."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _said(text: str) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes(text, "zh")}


def test_another_anonymous_source_is_never_the_source_before() -> None:
    text = (
        "一位业内人士向记者透露：“这一轮降价早有预兆。”另一位知情人士称，"
        "部分车企的库存已经超过两个月，“不降价，车就压在仓库里”。"
    )
    quote = _said(text)["不降价，车就压在仓库里"]
    assert quote.speaker is None
    assert quote.mention == "另一位知情人士"


def test_an_unnamed_holder_of_a_firm_is_not_the_holder_named_before() -> None:
    text = (
        "星驰汽车品牌公关部负责人孙悦回应称：“我们会提供补偿。”"
        "一家零部件企业的负责人坦言：“上游的压力比下游更大。”"
    )
    said = _said(text)
    assert said["上游的压力比下游更大。"].speaker is None
    assert said["我们会提供补偿。"].speaker == "孙悦"  # the named holder still speaks


def test_a_role_word_nobody_in_the_article_holds_names_nobody() -> None:
    for text in ("庭审继续。“他让被害人相信，”检察官说。", "「他讓被害人相信，」檢察官說。"):
        quote = find_quotes(text, "zh")[0]
        assert quote.speaker is None, text


def test_a_name_before_an_interview_adverbial_is_the_speaker_not_the_adverbial() -> None:
    text = "数据公布后，经济学院教授吴翔宇接受记者采访时自称是“谨慎的乐观派”。"
    quote = _said(text)["谨慎的乐观派"]
    assert (quote.speaker, quote.confidence) == ("吴翔宇", "high")


def test_a_full_name_after_a_unit_heads_title_or_a_representative_speaks() -> None:
    cases = {
        "血站副站长何振东介绍，全市献血人数超过8万人次，“但季节性短缺仍然存在”。": "何振东",
        "消費者團體代表陳淑芬說，民眾最關心的還是電價，「只要電價穩定就好」。": "陳淑芬",
        "另一名助理署長何美琪則說，署方會突擊巡查，「確保食肆遵守規定」。": "何美琪",
        "審判長許文彬宣判時指出，被告誘騙逾300人，「犯罪手法惡劣」。": "許文彬",
    }
    for text, name in cases.items():
        assert find_quotes(text, "zh")[0].speaker == name, text


def test_an_anonymous_source_with_no_name_after_it_stays_nobody() -> None:
    text = "价格战再起。一位不愿具名的业内人士表示，“降价早有预兆”。"
    assert _said(text)["降价早有预兆"].speaker is None


def test_the_name_of_what_was_set_up_is_a_term_nobody_said() -> None:
    text = "審判長指出，被告成立「飆股群組」，以「保證獲利」為誘餌。"
    assert _said(text)["飆股群組"].kind == "title"
    # a partial quotation under a reporting verb stays speech
    assert _said("王明说，这是“遲來的決定”。")["遲來的決定"].kind == "speech"


def test_a_stop_inside_the_closing_mark_ends_what_goes_on() -> None:
    text = (
        "林育誠在法庭上否認犯行。他說：「我只是分享自己的看法。」其辯護律師張哲維則主張，"
        "本案資金流向尚未釐清，「不能只憑片面說詞就定罪」。被害人之一的王姓婦人在庭外哭著說："
        "「我把退休金都投進去了。」另一名被害人陳先生表示，他會提起民事求償，「錢拿不回來」。"
    )
    said = _said(text)
    assert said["我只是分享自己的看法。"].speaker == "林育誠"
    assert said["不能只憑片面說詞就定罪"].speaker is None
    assert said["錢拿不回來"].speaker is None
    # nothing between the two quotations: the same speaker goes on
    text = "王明辉说：“我们会上诉。”“这件事还没有结束。”"
    assert _said(text)["这件事还没有结束。"].speaker == "王明辉"


def test_he_after_a_quotation_his_cue_reported_is_that_person() -> None:
    text = (
        "周海涛指出，当前外部环境复杂严峻，“但我们有信心实现全年目标”。"
        "他说，下一步将加快推进重大项目建设，“要让资金尽快形成实物工作量”。"
    )
    quote = _said(text)["要让资金尽快形成实物工作量"]
    assert (quote.speaker, quote.basis, quote.confidence) == ("周海涛", "carried", "low")


def test_she_after_a_sentence_naming_one_person_past_an_older_quotation() -> None:
    text = (
        "“政策要打好提前量，”吴翔宇说。"
        "研究员马晓燕指出，扩大内需仍是今年经济工作的重中之重。她说：“关键是稳就业。”"
    )
    assert _said(text)["关键是稳就业。"].speaker == "马晓燕"


def test_he_after_a_quotation_stays_nobody_where_a_story_or_another_person_decides() -> None:
    # the quotation's speaker is named after it (a dialogue line): the next 他 may be the listener
    text = "“你先回去吧。”王建国说。他点了点头，说：“好。”"
    assert _said(text)["好。"].speaker != "王建国"
    # someone else named in the sentence right before
    text = "周海涛指出：“我们有信心。”记者随后采访了李华生。他说：“明年会更好。”"
    assert _said(text)["明年会更好。"].speaker != "周海涛"


def test_many_reported_quotations_and_pronouns_stay_linear() -> None:
    unit = "周海涛指出，当前形势复杂，“我们有信心。”他说，下一步将加快建设，“要让资金尽快到位”。"

    def run(n: int) -> None:
        assert len(find_quotes(unit * n, "zh")) == 2 * n

    assert_linear(run, 50)


def test_a_title_inside_a_word_before_a_verb_of_asking_is_no_name() -> None:
    # "主任顧問醫生" twice: "主任顧" before 問 is no person standing beside 黃志強
    text = (
        "衞生防護中心總監梁家傑表示，「大部分病人情況穩定」。\n\n中心主任顧問醫生黃志強指出，"
        "樣本中檢出細菌。他說：「問題出在解凍過程。」\n\n同場的另一名主任顧問醫生補充了細節。"
    )
    quote = _said(text)["問題出在解凍過程。"]
    assert quote.speaker == "黃志強"  # never "顧" at the 問 of 顧問 after it
