"""Where a Chinese speaker's name ends before the verb of saying: a negation there makes the
verb silence, not a cue ("小河不说了。"); a form of address ends the name before it ("苗凯同志说："
is 苗凯's); an adverb of seeming before the verb is no name ("表情似乎说："). Names with a
character of an address inside (志, 老) stay whole when no address follows. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

OPENING = [
    "钱小河从地里回来，天已经黑了。",
    "“饭做好了吗？”",
    "小河问。",
    "“还没有。”",
    "“快点吧。”",
]


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(OPENING + lines), "zh")}


def test_a_negated_verb_in_a_story_stays_null() -> None:
    quotes = _said(["“我们走吧。”", "秋生不说了。", "“你听见没有？”", "秋生没说话。"])
    for text in ("我们走吧。", "你听见没有？"):
        assert quotes[text].speaker is None
        assert "不" not in (quotes[text].mention or "")


def test_a_negated_verb_in_news_names_no_speaker() -> None:
    for text in ("“这件事就这样吧。”林文海不说了。", "“好吧。”林文海没说话。"):
        (quote,) = find_quotes(text, "zh")
        assert (quote.speaker, quote.mention) == (None, None)


def test_a_form_of_address_in_news_ends_the_mention() -> None:
    (quote,) = find_quotes("万江老汉说：“天要下雨了。”", "zh")
    assert quote.mention == "万江"


def test_a_form_of_address_ends_the_name_before_it() -> None:
    lines = [
        "苗凯同志说：",
        "“明天开会。”",
        "“你也去吗？”",
        "苗凯同志问。",
        "万江老汉说：",
        "“天要下雨了。”",
        "“快收麦子。”",
        "万江老汉说。",
    ]
    quotes = _said(lines)
    for text, name in (("明天开会。", "苗凯"), ("天要下雨了。", "万江"), ("快收麦子。", "万江")):
        assert quotes[text].speaker == name


def test_names_with_the_characters_of_an_address_stay_whole() -> None:
    lines = [
        "苗志远走进来。",
        "苗志远说：",
        "“都来齐了吧？”",
        "“来齐了。”",
        "吴老根说。",
        "“那就开始。”",
        "苗志远说。",
        "吴老根笑着说：",
        "“好。”",
    ]
    quotes = _said(lines)
    assert quotes["都来齐了吧？"].speaker == "苗志远"
    assert quotes["那就开始。"].speaker == "苗志远"
    assert quotes["来齐了。"].speaker == "吴老根"


def test_an_adverb_before_the_verb_of_saying_is_no_name() -> None:
    lines = ["他的表情似乎说：", "“算了吧。”", "“那就算了。”", "表情似乎说：", "“好。”"]
    quotes = _said(lines)
    for text in ("算了吧。", "好。"):
        assert quotes[text].speaker is None
        assert "似乎" not in (quotes[text].mention or "")


def test_a_name_before_an_adverb_is_kept_in_news() -> None:
    (quote,) = find_quotes("李明似乎说：“我不知道。”", "zh")
    assert quote.mention == "李明"


def test_many_negated_cues_stay_linear() -> None:
    assert_linear(lambda n: find_quotes("\n\n".join(["“走吧。”", "小河不说了。"] * n), "zh"), 100)
