"""Who speaks in Chinese fiction dialogue (each line a paragraph): the person a cue line
names, the turns of a two-person exchange, 他/她 when only one person can be meant, and
null wherever a stranger or nobody is named. The stories are our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

STORY = "\n\n".join(
    [
        "天黑以后，王建国才从地里回来。",
        "王建国放下锄头，对张秀兰说：",
        "“饭做好了没有？”",
        "“早就好了。”",
        "“那就开饭吧。”",
        "张秀兰笑着说：",
        "“你先洗手。”",
        "王建国洗了手，他坐到桌子跟前。",
        "张秀兰站起来，她走到门口看了看天。",
        "她回过头说：",
        "“建国，明天怕要下雨。”",
        "“下雨就歇一天。”",
        "一个过路的货郎在门外喊道：",
        "“卖针线啦！”",
        "“不要！”",
        "“便宜哩！”",
    ]
)


def _said(text: str) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes(text, "zh")}


def test_a_cue_line_names_the_speaker_of_the_line_below() -> None:
    quotes = _said(STORY)
    assert quotes["饭做好了没有？"].speaker == "王建国"
    assert quotes["饭做好了没有？"].basis == "colon_intro"
    assert quotes["你先洗手。"].speaker == "张秀兰"


def test_unmarked_lines_of_a_two_person_exchange_alternate() -> None:
    quotes = _said(STORY)
    assert quotes["早就好了。"].speaker == "张秀兰"
    assert quotes["那就开饭吧。"].speaker == "王建国"
    assert {quotes["早就好了。"].basis, quotes["那就开饭吧。"].basis} == {"turn_taking"}
    assert quotes["早就好了。"].confidence == "low"


def test_she_is_the_only_woman_in_the_scene_and_answers_go_to_the_man_she_addresses() -> None:
    quotes = _said(STORY)
    asked = quotes["建国，明天怕要下雨。"]
    assert (asked.speaker, asked.mention, asked.basis) == ("张秀兰", "她", "scene_pronoun")
    assert quotes["下雨就歇一天。"].speaker == "王建国"


def test_a_stranger_who_speaks_ends_the_exchange() -> None:
    quotes = _said(STORY)
    assert quotes["卖针线啦！"].speaker is None
    assert quotes["不要！"].speaker is None
    assert quotes["便宜哩！"].speaker is None


def test_the_person_addressed_by_name_is_never_the_speaker() -> None:
    text = STORY.replace("她回过头说：", "王建国抬起头，看着张秀兰说：")
    assert _said(text)["建国，明天怕要下雨。"].speaker is None


def test_a_pronoun_is_left_unresolved_when_two_people_could_be_meant() -> None:
    text = STORY.replace("王建国洗了手，他坐到桌子跟前。", "李桂芳洗了手，桂芳坐到桌子跟前。")
    assert _said(text)["建国，明天怕要下雨。"].speaker is None


def test_an_exchange_with_nobody_named_stays_unattributed() -> None:
    text = "\n\n".join(["天亮了。", "“走吗？”", "“走。”", "“带上伞。”", "“好。”"])
    assert all(q.speaker is None for q in find_quotes(text, "zh"))


# a story of one man and one woman; her given name ends as women's names do (晓霞)
COUPLE = "\n\n".join(
    [
        "傍晚，刘志刚走在前面，陈晓霞跟在后面。",
        "志刚忽然站住了，说：",
        "“明天我要进城去。”",
        "“去做什么？”",
        "“找一份工作。”",
        "志刚看了她一眼。",
        "她望着河水说：",
        "“那你早点回来。”",
        "风从河面上吹过来。",
        "“你冷不冷？”",
        "志刚问她。",
        "“不冷。”",
        "晓霞叹了口气，“你路上小心。”",
    ]
)


def test_in_a_story_of_a_man_and_a_woman_the_other_turns_are_hers() -> None:
    quotes = _said(COUPLE)
    assert (quotes["去做什么？"].speaker, quotes["去做什么？"].basis) == ("陈晓霞", "turn_taking")
    assert quotes["找一份工作。"].speaker == "刘志刚"


def test_she_is_the_only_woman_of_the_story_known_by_her_name() -> None:
    back = _said(COUPLE)["那你早点回来。"]
    assert (back.speaker, back.mention, back.basis) == ("陈晓霞", "她", "scene_pronoun")


def test_a_verb_of_saying_with_its_object_after_a_line_names_the_speaker() -> None:
    asked = _said(COUPLE)["你冷不冷？"]
    assert (asked.speaker, asked.basis) == ("刘志刚", "cue_after")


def test_the_one_who_goes_on_speaking_in_the_next_line_spoke_the_line_before() -> None:
    quotes = _said(COUPLE)
    assert (quotes["不冷。"].speaker, quotes["不冷。"].basis) == ("陈晓霞", "narration")
    assert quotes["你路上小心。"].speaker == "陈晓霞"


def test_she_is_left_unresolved_when_the_story_has_two_women() -> None:
    text = COUPLE.replace("陈晓霞跟在后面。", "陈晓霞跟在后面。\n\n李秀莲挑着水，秀莲走得很慢。")
    assert _said(text)["那你早点回来。"].speaker is None


def test_news_quotes_inside_paragraphs_keep_their_reporting_cue() -> None:
    text = "市长林志明表示：“明年见。”\n\n居民陈小华说：“我们等了很久。”\n\n“好。”"
    quotes = _said(text)
    assert quotes["明年见。"].speaker == "林志明"
    assert quotes["我们等了很久。"].speaker == "陈小华"


def test_a_short_passage_with_one_line_names_its_speaker() -> None:
    text = "\n\n".join(
        [
            "赵长河吃完饭，点上一锅烟。",
            "赵长河放下烟锅，对儿子说：",
            "“明天跟我上山砍柴。”",
            "儿子低着头没有吭声。",
        ]
    )
    assert _said(text)["明天跟我上山砍柴。"].speaker == "赵长河"


def test_a_word_in_quotation_marks_inside_the_cue_line_does_not_hide_its_speaker() -> None:
    text = STORY.replace("张秀兰笑着说：", "张秀兰“扑哧”一声笑了，说：")
    assert _said(text)["你先洗手。"].speaker == "张秀兰"


def test_a_given_name_may_hold_you_have() -> None:
    text = STORY.replace("王建国", "孙有福").replace("建国，", "有福，")
    quotes = _said(text)
    assert quotes["饭做好了没有？"].speaker == "孙有福"
    assert quotes["下雨就歇一天。"].speaker == "孙有福"


def test_a_cue_that_introduces_a_second_quotation_in_the_line_is_not_the_first_ones() -> None:
    text = STORY.replace("“你先洗手。”", "“你先洗手。”王建国点点头，接着说：“水烧热了吗？”")
    assert _said(text)["你先洗手。"].speaker == "张秀兰"


def test_hearing_someone_talk_after_a_line_names_no_speaker() -> None:
    night = [
        "夜深了，王建国躺在炕上翻来覆去睡不着。",
        "“你快睡吧。”",
        "王建国听见院子里有人在说话。",
    ]
    text = "\n\n".join([STORY, *night])
    assert _said(text)["你快睡吧。"].speaker is None


def test_a_question_with_its_object_before_the_colon_introduces_the_line() -> None:
    text = STORY.replace("张秀兰笑着说：", "张秀兰看了看他的手，问他：")
    said = _said(text)["你先洗手。"]
    assert (said.speaker, said.basis) == ("张秀兰", "colon_intro")


def test_a_speaker_is_named_without_the_word_after_the_name() -> None:
    text = "\n\n".join(
        [
            "金花便坐到炕沿上，金花不说话。",
            "金花瞪着眼睛，说：",
            "“你又喝酒了？”",
            "“没喝多少。”",
            "“下回不许喝了。”",
            "金花瞪了他一眼。",
        ]
    )
    assert _said(text)["你又喝酒了？"].speaker == "金花"


def test_the_subject_of_a_passive_after_a_line_is_not_its_speaker() -> None:
    text = "\n\n".join(
        [
            "王建国对张秀兰说：",
            "“你做的饭比馆子里的还香。”张秀兰被他的话说得笑了起来。",
            "张秀兰说：",
            "“就你嘴甜。”",
        ]
    )
    assert _said(text)["你做的饭比馆子里的还香。"].speaker != "张秀兰"


def test_a_verb_of_manner_before_say_is_no_speaker() -> None:
    text = "\n\n".join(
        [
            "他看没有人理他，就把赵长河拉到一边，恳求说：",
            "“你就收下我吧。”",
            "赵长河摇摇头。他又恳求说，他什么活都能干。",
        ]
    )
    assert _said(text)["你就收下我吧。"].speaker is None


def test_the_one_person_acting_after_a_line_in_its_own_paragraph_spoke_it() -> None:
    text = STORY.replace("“下雨就歇一天。”", "“下雨就歇一天。”王建国把碗往桌上一放。")
    said = _said(text)["下雨就歇一天。"]
    assert (said.speaker, said.basis, said.confidence) == ("王建国", "narration", "low")
    acted_on = STORY.replace("“下雨就歇一天。”", "“下雨就歇一天。”王建国被雨声吵醒了。")
    assert _said(acted_on)["下雨就歇一天。"].basis != "narration"


def test_a_long_dialogue_stays_linear() -> None:
    def run(n: int) -> None:
        quotes = find_quotes("\n\n".join([STORY] * n), "zh")
        assert sum(q.speaker == "张秀兰" for q in quotes) >= n

    assert_linear(run, 25)


def test_he_after_a_scene_change_is_the_one_man_just_named_not_an_earlier_speaker() -> None:
    story = "\n\n".join(
        [
            "王建国对赵小川说：",
            "“明天一早去镇上。”",
            "赵小川点点头。",
            "“那我去借车。”",
            "王建国回到家里，刘长顺已经在院子里等着他。",
            "刘长顺比上回瘦了许多，眼窝也陷下去了。",
            "他笑着说：",
            "“这可是好事嘛！”",
        ]
    )
    quote = _said(story)["这可是好事嘛！"]
    assert (quote.speaker, quote.basis, quote.confidence) == ("刘长顺", "scene_pronoun", "low")


def test_a_name_said_once_before_a_verb_of_saying_speaks_the_line_below() -> None:
    passage = "\n\n".join(
        ["天快黑了，院子里静悄悄的。", "秋菊低下头，说：", "“我不走了。”", "“你不走，谁去城里？”"]
    )
    quote = _said(passage)["我不走了。"]
    assert (quote.speaker, quote.basis, quote.confidence) == ("秋菊", "colon_intro", "low")


def test_a_kinship_word_or_a_title_before_a_verb_of_saying_is_no_name() -> None:
    for who in ("父亲", "书记"):
        passage = "\n\n".join(["天快黑了。", f"{who}低下头，说：", "“我不走了。”", "“走吧。”"])
        assert _said(passage)["我不走了。"].speaker is None


def test_the_her_a_cue_speaks_to_is_the_other_party_of_the_exchange() -> None:
    story = "\n\n".join(
        [
            "王大有来借过锄头，王大有走了以后天就黑了。",
            "李桂芳在灶火边坐着，她在纳鞋底。",
            "刘长山推开门，李桂芳抬头看了一眼。",
            "刘长山放下担子，坐到炕沿上。",
            "“你明天还去镇上吗？”",
            "刘长山问她。",
            "“去，得把鸡蛋卖了。”",
            "“那我跟你一块去。”",
            "灯灭了。",
        ]
    )
    quotes = _said(story)
    assert quotes["去，得把鸡蛋卖了。"].speaker == "李桂芳"
    assert quotes["那我跟你一块去。"].speaker == "刘长山"


def test_the_her_a_cue_speaks_to_is_nobody_when_two_women_are_in_the_scene() -> None:
    story = "\n\n".join(
        [
            "李桂芳在灶火边坐着，她在纳鞋底。",
            "王秀莲也在，她在剥豆子。",
            "刘长山推开门，李桂芳和王秀莲都抬头看了一眼。",
            "刘长山放下担子，坐到炕沿上。",
            "“你明天还去镇上吗？”",
            "刘长山问她。",
            "“去，得把鸡蛋卖了。”",
            "“那我跟你一块去。”",
            "灯灭了。",
        ]
    )
    assert _said(story)["去，得把鸡蛋卖了。"].speaker is None


def test_he_on_the_unnamed_side_of_an_exchange_is_the_other_speaker_of_the_scene() -> None:
    story = "\n\n".join(
        [
            "赵文斌对门房说：",
            "“我找周老师。”",
            "门房指了指走廊的尽头。",
            "赵文斌走进办公室的时候，周国梁正在看报纸。",
            "他在门口站了一会，说：",
            "“周老师，我来了。”",
            "“吃饭了没有？”",
            "周国梁问。",
            "“吃了。”",
            "“来找工作？”",
        ]
    )
    quotes = _said(story)
    assert quotes["周老师，我来了。"].speaker == "赵文斌"
    assert quotes["吃了。"].speaker == "赵文斌"
    assert quotes["来找工作？"].speaker == "周国梁"


def test_he_after_narration_naming_one_woman_is_not_carried_to_her_in_a_story() -> None:
    lines = [
        "“走吧。”",
        "雨点落下来了。",
        "屋里很静。",
        "张秀兰关上门，坐下。",
        "他说：",
        "“难说。”",
    ]
    quote = _said("\n\n".join([STORY, *lines]))["难说。"]
    assert quote.speaker != "张秀兰"
