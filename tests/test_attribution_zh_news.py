"""Who said what in Chinese news (Simplified and Traditional): a full name at the cue, a
description before the name, 据X介绍, titles and places around the name. The sentences are
our own."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes


def _said(text: str) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes(text, "zh")}


def test_a_full_name_said_once_before_its_cue_is_a_confident_speaker() -> None:
    quote = _said("水库今天开闸放水。\n\n何立群在现场称：“下游村庄已经全部撤离。”")
    assert quote["下游村庄已经全部撤离。"].speaker == "何立群"
    assert quote["下游村庄已经全部撤离。"].confidence == "high"


def test_a_surname_before_a_role_ending_in_zhang_is_no_full_name() -> None:
    quote = _said("矿井复工了。\n\n坐在门口的雷区长对工人们说：“先检查通风。”")
    assert quote["先检查通风。"].confidence == "low"


def test_the_name_ending_a_description_speaks_past_a_manner_adverbial() -> None:
    text = "演出结束了。“排练的时候我们哭了好几回。”剧中母亲的扮演者许晓芸激动地说。"
    quote = _said(text)["排练的时候我们哭了好几回。"]
    assert (quote.speaker, quote.basis) == ("许晓芸", "cue_after")


def test_two_characters_after_a_role_noun_are_a_name_but_not_a_sure_one() -> None:
    quote = _said("股市上涨。“资金正在回流，”分析师蔡明说。")["资金正在回流，"]
    assert (quote.speaker, quote.confidence) == ("蔡明", "low")


def test_according_to_a_person_names_that_person_not_the_preposition() -> None:
    quote = _said("新桥下月通车。据林国栋介绍，“桥面已经完成验收”。")["桥面已经完成验收"]
    assert quote.speaker == "林国栋"


def test_a_title_inside_the_adverbial_after_the_name_is_no_speaker() -> None:
    text = "会议结束。发言人周启明在当天的记者会上表示，“我们欢迎各方对话”。"
    assert _said(text)["我们欢迎各方对话"].speaker == "周启明"


def test_a_place_before_a_title_is_not_the_speaker_the_name_after_it_is() -> None:
    text = "颱風過境。高雄市長郭振邦受訪時說:「明天照常上班。」"
    quote = _said(text)["明天照常上班。"]
    assert (quote.speaker, quote.confidence) == ("郭振邦", "high")


def test_a_time_word_after_the_name_is_cut_off() -> None:
    quote = _said("峰会闭幕。总理魏家明当天说：“合作是唯一的出路。”")["合作是唯一的出路。"]
    assert quote.speaker == "魏家明"


def test_an_adverb_that_runs_into_the_cue_word_is_cut_from_the_name() -> None:
    text = "片场气氛轻松。韩立伟开玩笑称大家每天只做一件事——“背台词。”"
    quote = _said(text)["背台词。"]
    assert (quote.speaker, quote.confidence) == ("韩立伟", "high")


def test_the_original_name_in_parentheses_before_the_cue_is_skipped() -> None:
    text = "记者会上气氛紧张。“我们不会让步，”发言人莫里斯（Ann Morris）说。"
    assert _said(text)["我们不会让步，"].speaker == "莫里斯"


def test_a_date_between_the_name_and_the_cue_is_cut_off() -> None:
    text = "訂單回升。電子公司董事長鄭國華3日表示，「明年還會更好」。"
    assert _said(text)["明年還會更好"].speaker == "鄭國華"


def test_an_unnamed_official_of_a_body_is_nobody_not_the_body() -> None:
    for text in (
        "疫情趋缓。卫生部官员说：“病例正在减少。”",
        "疫情趋缓。卫生部官员表示，“病例正在减少”。",
    ):
        assert _said(text)["病例正在减少。" if "：" in text else "病例正在减少"].speaker is None


def test_a_surname_and_an_honorific_after_a_role_is_that_person() -> None:
    quote = _said("公交涨价了。市民许先生说：“票价太贵了。”")["票价太贵了。"]
    assert quote.speaker == "许先生"


def test_a_bank_governor_is_named_past_the_title_hang_zhang() -> None:
    text = "论坛开幕。“物价基本稳定。”中央银行行长柯立文在论坛上说。"
    assert _said(text)["物价基本稳定。"].speaker == "柯立文"


def _kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in find_quotes(text, "zh")}


def test_a_quoted_word_the_sentence_runs_on_from_is_a_term_not_speech() -> None:
    text = "五年后，“智能”灌溉、“智能”仓储遍布全县。\n\n“智能”改变养殖\n\n鱼塘装上了传感器。"
    assert set(_kinds(text).values()) == {"title"}


def test_a_short_quotation_ending_a_clause_no_cue_governs_is_a_term() -> None:
    text = "合作社给每箱苹果贴上一张“名片”。游客说这样的果园更有“味道”。"
    assert _kinds(text) == {"名片": "title", "味道": "speech"}


def test_a_term_quoted_twice_is_a_term_even_where_a_cue_comes_first() -> None:
    text = "他分析称，对方曾威胁“断链”和“去依赖”，如今又表示不谋求“断链”。"
    assert set(_kinds(text).values()) == {"title"}


def test_a_partial_quote_a_cue_governs_keeps_its_speaker() -> None:
    text = "听证会结束。议员梁文轩说，部长的回答让他“失望”；会场一片安静。"
    quote = find_quotes(text, "zh")[0]
    assert (quote.kind, quote.speaker) == ("speech", "梁文轩")


def test_a_quotation_after_a_dash_is_speech_even_when_the_sentence_runs_on() -> None:
    text = "谢幕时，演员们齐声喊出——“我们会一直等你回来”时，观众都站了起来。"
    assert _kinds(text) == {"我们会一直等你回来": "speech"}


def test_a_quoted_word_inside_a_book_title_is_a_term() -> None:
    assert _kinds("他在电影《“小”英雄》里演一个厨师。") == {"小": "title"}


def test_an_anonymous_source_after_a_named_speaker_is_not_that_speaker() -> None:
    for text in (
        "工厂停产。厂长孟庆国表示：“我们会尽快复工。”有网友称：“工人已经三个月没拿到工资。”",
        "工廠停產。廠長孟慶國表示：「我們會盡快復工。」知情人士透露：「工人早就走了。」",
    ):
        second = find_quotes(text, "zh")[1]
        assert second.speaker is None


def test_a_quoted_term_inside_the_cue_clause_does_not_hide_the_speaker() -> None:
    text = "新片首映，主演许佳、罗大伟出席。许佳聊到角色的“蜕变”时说：“她最后终于为自己活了一次。”"
    quote = _said(text)["她最后终于为自己活了一次。"]
    assert (quote.speaker, quote.confidence) == ("许佳", "low")


def test_a_longer_partial_quote_a_cue_governs_stays_speech_where_a_word_runs_on() -> None:
    text = (
        "发布会上，导演秦立谈到了新片。“类型更重要。”秦立说第一次拍戏，"
        "遇到这样一个“人物少，场景集中的”剧本很幸运。"
    )
    quote = find_quotes(text, "zh")[1]
    assert (quote.kind, quote.speaker) == ("speech", "秦立")


def test_an_unnamed_reporter_asking_is_nobody_not_the_previous_speaker() -> None:
    text = "发言人孔德明说：“我们不会接受。”有记者问：“会采取什么措施？”孔德明说：“请等待通知。”"
    quotes = find_quotes(text, "zh")
    assert [q.speaker for q in quotes] == ["孔德明", None, "孔德明"]
    assert quotes[1].mention == "有记者"


def test_a_title_or_a_described_source_before_the_name_leaves_the_name() -> None:
    for text, name in (
        ("谈判结束。国务卿柯林斯当天在声明中说：“我们达成了共识。”", "柯林斯"),
        ("房價回穩。業內人士方志遠表示：「市場會慢慢回暖。」", "方志遠"),
    ):
        quote = find_quotes(text, "zh")[0]
        assert (quote.speaker, quote.confidence) == (name, "high")


def test_he_after_a_sentence_naming_one_person_is_that_person() -> None:
    quote = _said("郑光明上午接受了采访。他说：“工厂年底前复工。”")["工厂年底前复工。"]
    assert (quote.speaker, quote.mention, quote.basis) == ("郑光明", "他", "carried")
    assert quote.confidence == "low"


def test_she_in_a_cue_after_the_quotation_is_the_one_person_named_before_it() -> None:
    text = "記者昨日在花店見到了許雅婷。「生意比去年好多了，」她說。"
    assert _said(text)["生意比去年好多了，"].speaker == "許雅婷"


def test_he_after_a_titled_name_is_that_person_cut_before_a_time_word() -> None:
    text = "副省长冯远当地时间周二抵达。他说：“感谢各位的欢迎。”"
    assert _said(text)["感谢各位的欢迎。"].speaker == "冯远"


def test_he_with_two_people_named_before_is_nobody() -> None:
    for text in (
        "郑光明和周海涛上午接受了采访。他说：“工厂年底前复工。”",
        "郑光明上午会见了周海涛。他说：“工厂年底前复工。”",
        "郑光明上午会见了邓涛。他说：“工厂年底前复工。”",
    ):
        assert _said(text)["工厂年底前复工。"].speaker is None, text


def test_she_after_a_named_persons_relative_is_nobody() -> None:
    quote = _said("郑光明的女儿也来了。她说：“我为父亲骄傲。”")["我为父亲骄傲。"]
    assert quote.speaker is None


def test_he_after_another_persons_quotation_goes_on_only_with_still() -> None:
    said = _said("郑光明表示：“订单在增加。”他说：“工人不够。”他还说：“明年要扩建。”")
    assert said["工人不够。"].speaker is None
    assert said["明年要扩建。"].speaker == "郑光明"


def test_he_is_never_carried_back_to_a_place_or_a_firm_of_a_name_shape() -> None:
    for text in (
        "黄冈市今年将新建学校五所。他说：“教育是头等大事。”",
        "江西省今年经济增长较快。他说：“形势很好。”",
        "万达集团昨天发布了年报。他表示：“今年是转型之年。”",
        "华信公司昨天发布了新款手机。他表示：“这是我们最好的产品。”",
        "总统昨天在白宫发表讲话。他说：“我们不会退缩。”",
    ):
        quote = next(iter(_said(text).values()))
        assert (quote.speaker, quote.basis) == (None, "none"), text


def test_he_is_still_carried_to_a_person_after_a_place_or_a_firm() -> None:
    quote = _said("万达集团董事长郑光明上午接受了采访。他说：“今年是转型之年。”")
    assert quote["今年是转型之年。"].speaker == "郑光明"
    quote = _said("郑光明上午在黄冈市考察。他说：“教育是头等大事。”")
    assert quote["教育是头等大事。"].speaker == "郑光明"
