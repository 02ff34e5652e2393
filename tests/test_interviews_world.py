"""Interviews in the shapes of Japanese, Chinese, German, Russian and Arabic papers: each answer
is the interviewee's, named as the headline or lead names them, or nobody's when they name no one
(invented pages in tests/data/interviews)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.cli import main

PAGES = Path(__file__).parent / "data" / "interviews"


def quotes(capsys: pytest.CaptureFixture[str], page: Path) -> list[dict[str, Any]]:
    assert main(["quotes", str(page), "--format", "json"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return found


# page: the interviewee, words of an answer, words of a question or a credit (never a quotation)
PAGES_BY_SHAPE = {
    # "――" questions, "Xさんへのインタビュー" in the headline
    "ja-dash.txt": ("山本春香", "祖母の日記を読んだのがきっかけです。", "どのように生まれた"),
    # "――" questions in HTML, "X氏に聞く" with a role before a middle dot, a closing credit
    "ja-bar.html": ("小林誠", "週の半ばに再び強い寒気", "聞き手"),
    # "Xインタビュー" with no title; the lead writes the name after a role ("歌手の中村美咲")
    "ja-apposed.txt": ("中村美咲", "日記のようなアルバムです。", "三年ぶりのアルバムですね"),
    # "专访" then a place's head and a full name
    "zh-titled.txt": ("王建华", "儿童图书要增加一倍", "借书还收费吗"),
    # "Interview mit der Bürgermeisterin X" in the headline, "Frage:"/"Antwort:" turns
    "de-title.txt": ("Katrin Vogt", "Im Herbst", "Was kostet er"),
    # "Интервью с … Павлом Никитиным": the vowel the instrumental drops comes back
    "ru-declined.txt": ("Павел Никитин", "Мы поднимем их", "будут ли сокращения"),
    # "في حوار مع الصحيفة": the paper is no interviewee; the minister the lead titles is
    "ar-outlet.txt": ("كريم الحسيني", "في الصيف المقبل", "متى يفتح"),
}


@pytest.mark.parametrize("page", sorted(PAGES_BY_SHAPE))
def test_each_answer_is_the_interviewees(capsys: pytest.CaptureFixture[str], page: str) -> None:
    who, answer, question = PAGES_BY_SHAPE[page]
    found = [q for q in quotes(capsys, PAGES / page) if q["kind"] == "speech"]
    answers = [q for q in found if q["basis"] == "interview_turn"]
    assert len(answers) >= 2
    assert {q["speaker"] for q in answers} == {who}
    said = " ".join(q["text"] for q in found)
    assert answer in said
    assert question not in said


JA_TURNS = (
    "――受賞の知らせは。\n\n実感がありません。\n\n――次の作品は。\n\n短編集を書いています。"
    "\n\n――ファンへ一言。\n\nありがとうございます。"
)


@pytest.mark.parametrize(
    "headline",
    [
        "防災の専門家に聞く\n\n大雪が続く。専門家に話を聞いた。",  # a description, no name
        "トヨタ社長に聞く\n\n新しい工場について聞いた。",  # a company before an office
        "山本春香さんと田中一郎氏に聞く\n\n二人に話を聞いた。",  # two people
        "北部鉄道社長インタビュー\n\n社長に話を聞いた。",  # a body and an office run together
    ],
)
def test_a_japanese_interview_naming_no_one_person_gives_its_answers_no_speaker(
    headline: str,
) -> None:
    found = find_quotes(f"{headline}\n\n{JA_TURNS}", "ja")
    assert [q.text for q in found] == JA_TURNS.split("\n\n")[1::2]
    assert {q.speaker for q in found} == {None}


def test_dashed_paragraphs_of_a_story_are_no_interview() -> None:
    text = (
        "町の話\n\n――それは冬の朝だった。\n\n雪が降っていた。"
        "\n\n――誰もいなかった。\n\n駅は静かだった。"
    )
    assert find_quotes(text, "ja") == ()


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("【インタビュー】作家・山本春香さん", ""),  # the name after the headline's label
        ("", "作家の山本春香さんに話を聞きました。"),  # only the lead, in the polite past
    ],
)
def test_a_japanese_interviewee_named_after_a_label_or_in_a_polite_lead(
    headline: str, lead: str
) -> None:
    turns = JA_TURNS.rsplit("\n\n", 2)[0]  # two turns: the announcement alone makes it one
    found = find_quotes(f"{lead}\n\n{turns}", "ja", headline)
    assert [(q.text, q.speaker) for q in found] == [
        ("実感がありません。", "山本春香"),
        ("短編集を書いています。", "山本春香"),
    ]


def test_a_chinese_dialogue_headline_names_the_interviewee_and_a_talks_headline_no_one() -> None:
    turns = "问：什么时候开放？\n\n答：明年五月。\n\n问：会增加图书吗？\n\n答：会的。"
    assert {q.speaker for q in find_quotes(turns, "zh", "对话王建华：让孩子有书读")} == {"王建华"}
    assert {q.speaker for q in find_quotes(turns, "zh", "中美对话机制重启")} == {None}


def test_tagged_japanese_answers_go_to_the_one_the_lead_names() -> None:
    text = (
        "北部鉄道の社長、佐藤健一氏に聞いた。\n\n問：赤字路線をどうしますか。\n\n"
        "答：すぐに廃止することは考えていません。\n\n問：運賃は。\n\n答：来年は据え置きます。"
    )
    found = [(q.text, q.speaker) for q in find_quotes(text, "ja")]
    assert found == [
        ("すぐに廃止することは考えていません。", "佐藤健一"),
        ("来年は据え置きます。", "佐藤健一"),
    ]


DE_TURNS = (
    "Frage: Wann?\n\nAntwort: Im Herbst.\n\nFrage: Was kostet er?\n\nAntwort: Zwölf Millionen."
)


@pytest.mark.parametrize(
    "headline",
    ["Interview mit der Deutschen Bahn", "Interview mit dem Vorstand der Stadtwerke Köln"],
)
def test_a_german_headline_naming_a_body_names_no_interviewee(headline: str) -> None:
    found = find_quotes(DE_TURNS, "de", headline)
    assert [(q.text, q.speaker) for q in found] == [
        ("Im Herbst.", None),
        ("Zwölf Millionen.", None),
    ]


def test_an_arabic_interview_with_the_paper_alone_names_no_interviewee() -> None:
    text = (
        "تحدث المسؤول عن المشاريع في حوار مع الصحيفة.\n\nس: متى يفتح الجسر؟\n\n"
        "ج: في الصيف المقبل.\n\nس: وما الكلفة؟\n\nج: عشرون مليون دولار."
    )
    assert {q.speaker for q in find_quotes(text, "ar")} == {None}


def test_a_chinese_interview_of_an_office_without_a_name_names_no_one() -> None:
    text = (
        "本报记者采访了市图书馆馆长。\n\n记者：新分馆什么时候开放？\n\n答：明年五月开放。"
        "\n\n记者：会增加儿童图书吗？\n\n答：会的，要增加一倍。"
    )
    assert {q.speaker for q in find_quotes(text, "zh")} == {None}
