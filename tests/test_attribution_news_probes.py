"""News shapes of ja, zh and ru without an annotated corpus here."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


# Japanese verbs of telling, recalling and pressing close a quotation like 述べた.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("佐藤氏は山田氏に「協力してほしい」と伝えた。", "佐藤"),
        ("山本さんは「怖かった」と振り返った。", "山本"),
        ("石井議員は首相に「辞任すべきだ」と迫った。", "石井"),
        ("原田氏は「来月には決める」と明かした。", "原田"),
    ],
)
def test_japanese_verbs_of_telling_name_the_topic(text: str, speaker: str) -> None:
    assert _said(text, "ja")[0][0] == speaker


# The passive of those verbs: the topic is the one told, never the speaker.
@pytest.mark.parametrize(
    "text",
    ["佐藤氏は山田氏から「協力してほしい」と伝えられた。", "佐藤氏は「辞任すべきだ」と迫られた。"],
)
def test_japanese_passive_telling_names_nobody(text: str) -> None:
    assert _said(text, "ja")[0][0] is None


# "小林氏によると": a titled person cited by name said it (a low guess); a body or a description
# cited so reports others' words.
def test_japanese_titled_source_of_niyoruto_is_named() -> None:
    assert _said("小林一郎氏によると「交渉は難航している」という。", "ja")[0] == ("小林一郎", "low")
    assert _said("小林氏によると、「交渉は難航している」という。", "ja")[0][0] == "小林"


@pytest.mark.parametrize(
    "text",
    [
        "関係者によると、「近く発表される」という。",
        "警察によると「男は容疑を認めている」という。",
        "小林氏の妻によると「夫は無事だ」という。",
    ],
)
def test_japanese_untitled_source_of_niyoruto_names_nobody(text: str) -> None:
    assert _said(text, "ja")[0][0] is None


# Chinese "告诉" takes its listener before the colon: the subject of the sentence speaks.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("李华告诉王明：“我们明天出发。”", "zh", "李华"),
        ("张敏告诉本报记者：“价格还会上涨。”", "zh", "张敏"),
        ("李華告訴王明：「我們明天出發。」", "zh-Hant", "李華"),
    ],
)
def test_chinese_teller_not_listener_speaks(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "记者告诉王明：“我们明天出发。”",
        "有人告诉王明：“我们明天出发。”",
        "他们告诉王明：“明天出发。”",
    ],
)
def test_chinese_telling_without_a_named_subject_names_nobody(text: str) -> None:
    assert _said(text, "zh")[0][0] is None


# "据李华介绍，“…”": the one cited after 据 explains; "据了解", "据悉" cite no one.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("据李华介绍，“该项目已完成80%”。", "zh", "李华"),
        ("据李华说，“今年的收成不错”。", "zh", "李华"),
        ("據李華介紹，「該項目已完成八成」。", "zh-Hant", "李華"),
    ],
)
def test_chinese_according_to_a_name_speaks(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    ["据了解，“该项目已完成”。", "据悉，“该项目已完成”。", "据李华的同事介绍，“他很努力”。"],
)
def test_chinese_according_to_no_name_names_nobody(text: str) -> None:
    assert _said(text, "zh")[0][0] is None


# A manner adverbial in 着 between the name and 说 ("笑着说") keeps the name the subject.
def test_chinese_manner_adverbial_before_the_verb() -> None:
    assert _said("马丽笑着说：“这是我第一次来北京。”", "zh")[0][0] == "马丽"
    assert _said("馬麗笑著說：「這是我第一次來台北。」", "zh-Hant")[0][0] == "馬麗"
    assert _said("大家笑着说：“这是我。”", "zh")[0][0] is None


# "по словам Ольги Козловой": a woman's first name in the genitive, then her surname in the same
# case, not a listener in the dative; both are turned to the nominative.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По словам Ольги Козловой, «работы завершатся в мае».", "Ольга Козлова"),
        ("По мнению Натальи Беловой, «это ошибка».", "Наталья Белова"),
        ("По словам Марии Ивановой, «всё готово».", "Мария Иванова"),
    ],
)
def test_russian_genitive_woman_keeps_her_first_name(text: str, speaker: str) -> None:
    assert _said(text, "ru")[0][0] == speaker


def test_russian_lone_surname_before_a_womans_dative_is_still_the_speaker() -> None:
    assert _said("«Это ошибка», — сказал Моро Климовой.", "ru")[0][0] == "Моро"


# "a été qualifié d'« escroc »": the elided "de" of a passive still makes the quotation the name
# given, nobody's speech; an unelided one did before. A named subject's label ("Sylvie Garnier a
# qualifié la réforme d'« historique »") is her speech: test_attribution_judged_labels.py.
@pytest.mark.parametrize(
    "text",
    [
        "Il a été qualifié d'« escroc » par la presse.",
        "On a qualifié la réforme d’« historique ».",
    ],
)
def test_french_elided_naming_gives_a_title(text: str) -> None:
    quote = find_quotes(text, "fr")[0]
    assert (quote.kind, quote.speaker) == ("title", None)


def test_french_elided_de_after_another_verb_stays_speech() -> None:
    assert find_quotes("Sylvie Garnier a parlé d'« une victoire ».", "fr")[0].kind == "speech"


# "Jean Martin, maire de Lyon, était …": a role without an article opens the apposition (French,
# Spanish), so the name is the sentence's subject and the one person a later "il" stands for.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Jean Martin, ministre de la Santé, était à Paris mardi. "
            "« Les négociations sont au point mort », a-t-il déclaré.",
            "fr",
        ),
        (
            "Jean Martin, ministro del Interior, estuvo en Sevilla el martes. "
            '"Las negociaciones están estancadas", dijo.',
            "es",
        ),
    ],
)
def test_role_apposition_without_article_keeps_the_subject(text: str, lang: str) -> None:
    assert _said(text, lang)[0][0] == "Jean Martin"


def test_role_apposition_subject_with_another_person_named_after_is_nobody() -> None:
    text = (
        "Jean Martin, maire de Lyon, a rencontré Paul Roux. "
        "« Les négociations sont au point mort », a-t-il déclaré."
    )
    assert _said(text, "fr")[0][0] is None


# A Spanish object clitic that opens the sentence ("Lo dijo …") is no name.
@pytest.mark.parametrize(
    "text",
    [
        'Lo dijo claramente el presidente, Manuel Soria: "No habrá recortes".',
        'Les dijo Ana Ruiz: "No habrá recortes".',
    ],
)
def test_spanish_clitic_opening_a_sentence_is_no_speaker(text: str) -> None:
    assert _said(text, "es")[0][0] not in ("Lo", "Les")


# Roles that Spanish news puts between a cue and a name ("el líder opositor, X").
@pytest.mark.parametrize(
    "text",
    [
        "«Esto es un golpe», denunció el líder opositor, Julio Paredes.",
        "«Esto es un golpe», dijo el dirigente sindical Julio Paredes.",
    ],
)
def test_spanish_role_before_the_name_after_the_cue(text: str) -> None:
    assert _said(text, "es")[0] == ("Julio Paredes", "high")


# Russian verbs of forecasting and reminding in the present and the past.
@pytest.mark.parametrize(
    "text",
    [
        "«Рост цен замедлится», — прогнозирует аналитик Олег Гуров.",
        "«Рост цен замедлится», — прогнозировал Олег Гуров.",
        "«Рост цен замедлится», — напоминает эксперт Олег Гуров.",
    ],
)
def test_russian_forecast_and_remind_verbs_are_cues(text: str) -> None:
    assert _said(text, "ru")[0][0] == "Олег Гуров"


# Arabic: "asked" and "warned" are cues; a profession with the article before a name is a title.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وتساءل النائب علي حسن: "أين الأموال؟".', "علي حسن"),
        ('وحذر وزير الصحة علي حسن من أن "الوباء ينتشر".', "علي حسن"),
        ('وأوضح الخبير الاقتصادي علي حمدان أن "التضخم سيتراجع".', "علي حمدان"),
        ('وقال الكاتب والمحلل السياسي علي حسن: "الحرب طويلة".', "علي حسن"),
    ],
)
def test_arabic_cues_and_professions(text: str, speaker: str) -> None:
    assert _said(text, "ar")[0][0] == speaker


def test_arabic_profession_without_a_name_names_nobody() -> None:
    assert _said('وقال الخبير الاقتصادي: "التضخم سيتراجع".', "ar")[0][0] is None


# A title joined by و after the subject ("الرئيس ونائبه", "علي حسن والمحلل سامي فهد"): two people.
@pytest.mark.parametrize(
    "text",
    [
        'وقال الرئيس ونائبه: "الحرب طويلة".',
        'وقال الرئيس ووزير الدفاع: "الحرب طويلة".',
        'وقال علي حسن والمحلل سامي فهد: "الحرب طويلة".',
    ],
)
def test_arabic_joined_titles_make_a_joint_subject(text: str) -> None:
    assert _said(text, "ar")[0][0] is None


# A time clause with no preposition between a two-character name and its verb ("接受訪問時說").
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("陳靜接受訪問時說：「我很高興。」", "zh-Hant", "陳靜"),
        ("陳靜質詢時說：「部長要負責。」", "zh-Hant", "陳靜"),
        ("陈静接受访问时说：“我很高兴。”", "zh", "陈静"),
    ],
)
def test_chinese_time_clause_before_the_verb(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0][0] == speaker


@pytest.mark.parametrize("text", ["有人接受訪問時說：「不知道。」", "記者提問時說：「為什麼？」"])
def test_chinese_time_clause_after_no_name_names_nobody(text: str) -> None:
    assert _said(text, "zh-Hant")[0][0] is None


# Two-character names in news: a connective opening the sentence ("对此，"), a news verb before
# the cue ("回应称"), a partial quotation a few words into the reported clause ("说，中方“…”").
@pytest.mark.parametrize(
    "text",
    [
        "对此，王毅表示：“这是造谣。”",
        "此外，王毅还表示：“这是造谣。”",
        "王毅回应称：“这是造谣。”",
        "对此，王毅回应称：“这是造谣。”",
        "王毅说，中方“愿同各方加强合作”。",
    ],
)
def test_chinese_two_character_name_in_news_shapes(text: str) -> None:
    assert _said(text, "zh")[0][0] == "王毅"


@pytest.mark.parametrize(
    "text",
    ["专家对此，王毅表示：“这是造谣。”", "王毅说，中方坚决反对。“这是造谣。”"],
)
def test_chinese_two_character_name_not_opening_or_not_introducing(text: str) -> None:
    assert _said(text, "zh")[0][0] is None


# Arabic: the feminine of a past verb that opens with ت, and the narrating present.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وتابعت ليلى حداد: "نحتاج مساعدة".', "ليلى حداد"),
        ('وتساءلت ليلى حداد: "لماذا؟".', "ليلى حداد"),
        ('ويضيف سامي حداد: "الوضع صعب".', "سامي حداد"),
        ('"الوضع صعب"، يضيف سامي حداد.', "سامي حداد"),
        ('ويرى سامي حداد أن "الوضع صعب".', "سامي حداد"),
    ],
)
def test_arabic_feminine_t_verbs_and_present_cues(text: str, speaker: str) -> None:
    assert _said(text, "ar")[0][0] == speaker


def test_arabic_present_cue_with_an_indefinite_subject_names_nobody() -> None:
    assert _said('ويرى مراقبون أن "الوضع صعب".', "ar")[0][0] is None


# "「…」と植村総裁。": a sentence that ends on a titled person after と, with no verb: a guess.
@pytest.mark.parametrize(
    "text", ["「景気は回復している」と植村総裁。", "「景気は回復している」と植村さん（４５）。"]
)
def test_japanese_sentence_ending_on_the_speaker(text: str) -> None:
    assert _said(text, "ja")[0] == ("植村", "low")


@pytest.mark.parametrize(
    "text", ["「景気は回復している」と関係者。", "「景気は回復している」と東京。"]
)
def test_japanese_sentence_ending_on_no_titled_person_names_nobody(text: str) -> None:
    assert _said(text, "ja")[0][0] is None


# Written words: と書いた, と記した, と投稿した are writing; と書かれた (passive) names nobody.
def test_japanese_writing_verbs() -> None:
    quote = find_quotes("植村氏は「景気は回復している」と書いた。", "ja")[0]
    assert (quote.speaker, quote.kind) == ("植村", "writing")
    assert _said("植村氏は「景気は回復している」と書かれた紙を掲げた。", "ja")[0][0] is None


# "Paul Roux, porte-parole de la CGT : « … »": a verbless sentence of a full name and a role.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Paul Roux, porte-parole de la CGT : « Nous sommes prêts. »", "fr", "Paul Roux"),
        ("Paul Roux, le porte-parole de la CGT : « Nous sommes prêts. »", "fr", "Paul Roux"),
        ('Pablo Ruiz, el portavoz del sindicato: "Estamos listos".', "es", "Pablo Ruiz"),
    ],
)
def test_name_and_role_before_a_colon(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Emmanuel Lenoir, la réforme et la rue : « Nous sommes prêts. »", "fr"),
        ("Paul Roux, Marie Dubois et Luc Morel : « Nous sommes prêts. »", "fr"),
        ("Le texte, adopté mardi : « Nous sommes prêts. »", "fr"),
        ('Pablo Ruiz, la reforma y la calle: "Estamos listos".', "es"),
    ],
)
def test_name_before_no_role_and_a_colon_names_nobody(text: str, lang: str) -> None:
    assert _said(text, lang)[0][0] is None
