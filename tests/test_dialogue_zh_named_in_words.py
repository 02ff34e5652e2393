"""A cue's 他 or 她, and a turn of an exchange, is never a person the line's own words name
("“…秀莲不是个东西！”" is not 秀莲's, unless she names herself: "我林秀莲说话算数"), nor a
person whose last mention in the scene sets them apart from the pronoun ("难道他自己就比钱小河
笨吗？…他…就问妹妹：" is not 钱小河's). Our own stories, in Simplified script with “” and in
Traditional script with 「」 (zh-Hant)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

# a woman the story knows (秀莲), a man, and a woman named once in a description (吴玉梅)
RIVER = {
    "zh": [
        "林秀莲是镇上的姑娘。",
        "秀莲爱笑，秀莲也爱哭。",
        "“你走吧。”",
        "秀莲对赵大山说。",
        "“我不走。”",
        "赵大山说。",
        "“那你坐下。”",
        "秀莲说。",
    ],
    "zh-Hant": [
        "林秀蓮是鎮上的姑娘。",
        "秀蓮愛笑，秀蓮也愛哭。",
        "「你走吧。」",
        "秀蓮對趙大山說。",
        "「我不走。」",
        "趙大山說。",
        "「那你坐下。」",
        "秀蓮說。",
    ],
}
CRYING = {
    "zh": [
        "过了几天，瘸腿的女子吴玉梅在河边摔了一跤，是赵大山把她拉了上来。",
        "她哭完后对大山说：",
    ],
    "zh-Hant": [
        "過了幾天，瘸腿的女子吳玉梅在河邊摔了一跤，是趙大山把她拉了上來。",
        "她哭完後對大山說：",
    ],
}
ABOUT_HER = {
    "zh": "“我这下才知道你是个好人！秀莲不是个东西！”",
    "zh-Hant": "「我這下才知道你是個好人！秀蓮不是個東西！」",
}
FALLING = {
    "zh": ["过了几天，秀莲在河边摔了一跤，是赵大山把她拉了上来。", "她哭完后对大山说："],
    "zh-Hant": ["過了幾天，秀蓮在河邊摔了一跤，是趙大山把她拉了上來。", "她哭完後對大山說："],
}
HERSELF = {
    "zh": "“我这下才知道你是个好人！我林秀莲说话算数！”",
    "zh-Hant": "「我這下才知道你是個好人！我林秀蓮說話算數！」",
}
CLOSING = {"zh": "大山没有说话。", "zh-Hant": "大山沒有說話。"}
# two men talk; the next morning one of them thinks of the other, then asks his sister
BROTHERS = {
    "zh": [
        "赵大山和钱小河是邻居，林秀兰是大山的妹妹。",
        "大山年纪大一些，小河年纪小一些。",
        "“明天你去镇上吗？”",
        "赵大山问。",
        "“不去。”",
        "钱小河说。",
        "第二天早上，他一路上都在想这件事。",
        "钱小河能有什么好办法呢？",
        "难道他自己就比钱小河笨吗？",
        "他回到家里，见秀兰正在院子里喂鸡，就问妹妹：",
        "“爹回来了没有？”",
        "院子里静了下来。",
    ],
    "zh-Hant": [
        "趙大山和錢小河是鄰居，林秀蘭是大山的妹妹。",
        "大山年紀大一些，小河年紀小一些。",
        "「明天你去鎮上嗎？」",
        "趙大山問。",
        "「不去。」",
        "錢小河說。",
        "第二天早上，他一路上都在想這件事。",
        "錢小河能有什麼好辦法呢？",
        "難道他自己就比錢小河笨嗎？",
        "他回到家裡，見秀蘭正在院子裡餵雞，就問妹妹：",
        "「爹回來了沒有？」",
        "院子裡靜了下來。",
    ],
}
ASKED = {"zh": "爹回来了没有？", "zh-Hant": "爹回來了沒有？"}
SCRIPTS = ("zh", "zh-Hant")


def _said(lines: list[str], lang: str) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(lines), lang)}


@pytest.mark.parametrize("lang", SCRIPTS)
def test_she_who_speaks_ill_of_the_one_woman_is_not_that_woman(lang: str) -> None:
    quotes = _said([*RIVER[lang], *CRYING[lang], ABOUT_HER[lang], CLOSING[lang]], lang)
    assert quotes[ABOUT_HER[lang][1:-1]].speaker is None


@pytest.mark.parametrize("lang", SCRIPTS)
def test_she_who_names_herself_after_i_is_still_herself(lang: str) -> None:
    quotes = _said([*RIVER[lang], *FALLING[lang], HERSELF[lang], CLOSING[lang]], lang)
    said = quotes[HERSELF[lang][1:-1]]
    assert (said.speaker, said.basis) == (RIVER[lang][0][:3], "scene_pronoun")


@pytest.mark.parametrize("lang", SCRIPTS)
def test_he_is_not_the_man_his_last_mention_sets_apart(lang: str) -> None:
    quotes = _said(BROTHERS[lang], lang)
    assert quotes[ASKED[lang]].speaker is None
    assert quotes[BROTHERS[lang][2][1:-1]].speaker == BROTHERS[lang][0][:3]


@pytest.mark.parametrize("lang", SCRIPTS)
def test_a_man_set_apart_earlier_but_named_again_may_be_he(lang: str) -> None:
    # "他不得不对钱小河表态。钱小河想了想…。他只好回答说：" the last mention is no set-apart
    lines = {
        "zh": [
            "“明天你去镇上吗？”",
            "赵大山问。",
            "“不去。”",
            "钱小河说。",
            "赵大山把话说死了，他不得不对钱小河表态。",
            "钱小河想了想，也没有别的办法。",
            "他只好回答说：",
            "“那我就去一趟。”",
            "院子里静了下来。",
        ],
        "zh-Hant": [
            "「明天你去鎮上嗎？」",
            "趙大山問。",
            "「不去。」",
            "錢小河說。",
            "趙大山把話說死了，他不得不對錢小河表態。",
            "錢小河想了想，也沒有別的辦法。",
            "他只好回答說：",
            "「那我就去一趟。」",
            "院子裡靜了下來。",
        ],
    }[lang]
    quotes = _said([*BROTHERS[lang][:2], *lines], lang)
    said = quotes[lines[-2][1:-1]]
    assert (said.speaker, said.basis) == (lines[3][:3], "scene_pronoun")


SELLING = {
    "zh": "别人家都是男人做买卖，秀莲却让男人在家种地，她自己在路边卖起了凉粉，一天下来，"
    "收入也不错，镇上的男人说起她的时候，常常说：",
    "zh-Hant": "別人家都是男人做買賣，秀蓮卻讓男人在家種地，她自己在路邊賣起了涼粉，一天下來，"
    "收入也不錯，鎮上的男人說起她的時候，常常說：",
}
PRAISE = {"zh": "“这个女人真能干！”", "zh-Hant": "「這個女人真能幹！」"}


@pytest.mark.parametrize("lang", SCRIPTS)
def test_a_time_clause_with_a_subject_of_its_own_keeps_her_from_the_cue(lang: str) -> None:
    # "镇上的男人说起她的时候，常常说：" the men speak, not the 她 of a clause before
    lines = [*RIVER[lang][:6], SELLING[lang], PRAISE[lang], CLOSING[lang]]
    assert _said(lines, lang)[PRAISE[lang][1:-1]].speaker is None


def test_her_own_clause_after_a_time_clause_is_still_hers() -> None:
    lines = [*RIVER["zh"][:6], "秀莲在路边卖凉粉，客人多的时候，她常常笑着说：", "“慢慢来！”"]
    said = _said([*lines, CLOSING["zh"]], "zh")["慢慢来！"]
    assert (said.speaker, said.basis) == ("林秀莲", "scene_pronoun")


TALK = {
    "zh": ["赵大山和钱小河是邻居。", "“你回来了？”", "赵大山问。", "“回来了。”", "钱小河说。"],
    "zh-Hant": [
        "趙大山和錢小河是鄰居。",
        "「你回來了？」",
        "趙大山問。",
        "「回來了。」",
        "錢小河說。",
    ],
}
PLAN = {"zh": "“明天去镇上吧。”", "zh-Hant": "「明天去鎮上吧。」"}


@pytest.mark.parametrize("lang", SCRIPTS)
def test_the_one_heard_saying_it_speaks_not_the_hearer(lang: str) -> None:
    heard = {"zh": "钱小河听赵大山这么说，笑了。", "zh-Hant": "錢小河聽趙大山這麼說，笑了。"}
    said = _said([*TALK[lang], PLAN[lang], heard[lang], CLOSING[lang]], lang)[PLAN[lang][1:-1]]
    assert (said.speaker, said.confidence) == (TALK[lang][0][:3], "low")


@pytest.mark.parametrize("lang", SCRIPTS)
def test_one_who_has_heard_and_then_says_is_the_speaker(lang: str) -> None:
    # "听了，" ends its own clause: the verb of saying after it is the hearer's cue
    then = {"zh": "钱小河听了，笑着说。", "zh-Hant": "錢小河聽了，笑著說。"}
    said = _said([*TALK[lang], PLAN[lang], then[lang], CLOSING[lang]], lang)[PLAN[lang][1:-1]]
    assert said.speaker == TALK[lang][0][4:7]
