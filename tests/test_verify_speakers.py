"""A summary that credits the right speaker, in the forms readers write names, never fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.cli import main
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.source import load
from summarizer.summary import EngineInfo, NameRef, Point, QuoteRef, SourceInfo, Span, Summary
from summarizer.verification.check import verify

RU = (
    "Мост откроют к декабрю\n\n"
    "Глава администрации Андрей Соколов рассказал журналистам о ремонте моста через реку.\n\n"
    "«Опоры уже готовы, пролет поставим к декабрю», — сказал Андрей Соколов.\n\n"
    "По словам Дмитрия Пескова, «никаких решений о закрытии моста не принималось».\n\n"
    "«Денег хватит до весны», — заявил губернатор Игорь Лебедев."
)
DE = (
    "Scholz verteidigt Haushaltspläne\n\n"
    "Bundeskanzler Olaf Scholz hat im Bundestag die Haushaltspläne der Regierung verteidigt.\n\n"
    "„Wir werden die Bürger nicht allein lassen“, sagte Scholz.\n\n"
    "„Diese Koalition hat keinen Plan“, sagte der CDU-Vorsitzende Friedrich Merz."
)
ES = (
    "Sánchez anuncia ayudas\n\n"
    "El presidente del Gobierno, Pedro Sánchez, anunció nuevas ayudas para las familias.\n\n"
    "«Este Gobierno no va a dejar a nadie atrás», dijo Sánchez en el Congreso.\n\n"
    "«Son medidas que llegan tarde», replicó el líder del PP, Alberto Núñez Feijóo."
)
ZH_HANT = (
    "賴清德出席國慶\n\n"
    "總統賴清德10日出席國慶大會並發表演說，呼籲朝野團結。\n\n"
    "賴總統表示：「中華民國與中華人民共和國互不隸屬。」\n\n"
    "行政院長卓榮泰則說：「政府會持續照顧弱勢家庭，讓成果由全民共享。」"
)
JA = (
    "岸田首相、経済対策を表明\n\n"
    "岸田文雄首相は8日、首相官邸で記者団の取材に応じ、新たな経済対策をまとめる考えを示した。\n\n"
    "岸田首相は「国民の暮らしを守るため、あらゆる手段を講じる」と述べた。\n\n"
    "松野博一官房長官は記者会見で「補正予算案を速やかに国会に提出したい」と語った。"
)
JA_US = JA.replace("松野博一官房長官", "ジョー・バイデン大統領")
SAID = {
    "ru": "{name} сказал: «{quote}»",
    "de": "{name} sagte: „{quote}“",
    "es": "{name} dijo: «{quote}»",
    "zh-Hant": "{name}表示：「{quote}」",
    "ja": "{name}は「{quote}」と述べた。",
}


def article(text: str, lang: str) -> Article:
    """An article of cleaned text whose first line is its title."""
    title, _, body = text.partition("\n\n")
    return Article.from_text(body, title=title, lang=lang, origin="test")


def credit(art: Article, reader: str, quote: str, name: str) -> Summary:
    """`art` verified with one point that credits the quotation holding `quote` to `name`."""
    start = art.text.index(quote)
    closing = "»“」" if reader != "de" else "“"
    end = min(i for i in (art.text.find(c, start) for c in closing) if i >= 0)
    passage = art.text[start:end]
    text = SAID[reader].format(name=name, quote=passage)
    line = art.text.rfind("\n", 0, start) + 1
    evidence = (Span(line, end + 1),)
    point = Point(text, name, (QuoteRef(passage),), evidence)
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    return verify(Summary(reader, source, EngineInfo("hand"), art.title, (point,)), art)


def said(art: Article, name: str, passage: str) -> Summary:
    """`art` verified with one English point: `name` said: “`passage`”, no evidence given."""
    point = Point(f"{name} said: “{passage}”", name, (QuoteRef(passage),))
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    return verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)


def errors(result: Summary) -> list[str]:
    """The kinds of the errors the verifier found."""
    assert result.verification is not None
    return [f.kind for f in result.verification.errors]


def warnings(result: Summary) -> list[str]:
    """The kinds of the warnings the verifier found."""
    assert result.verification is not None
    return [f.kind for f in result.verification.failures if f.severity == "warning"]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "name"),
    [
        # a surname in the reader's grammar, where the article writes only declined forms
        (RU, "ru", "никаких решений", "Песков"),
        (RU, "ru", "никаких решений", "Дмитрий Песков"),
        (RU, "ru", "Денег хватит", "Лебедев"),
        (RU, "ru", "Опоры уже", "Соколов"),
        # a German noun of the article's compounds is not an unknown name
        (DE, "de", "keinen Plan", "CDU-Vorsitzender Merz"),
        (DE, "de", "nicht allein", "Kanzler Scholz"),
        # a name written without its accents
        (ES, "es", "nadie atrás", "Pedro Sanchez"),
        (ES, "es", "llegan tarde", "Feijoo"),
        # a surname with a title, as Chinese and Japanese write it
        (ZH_HANT, "zh-Hant", "互不隸屬", "賴總統"),
        (ZH_HANT, "zh-Hant", "互不隸屬", "赖清德"),
        (JA, "ja", "暮らしを守る", "岸田氏"),
        (JA, "ja", "暮らしを守る", "岸田総理"),
        (JA, "ja", "暮らしを守る", "岸田総理大臣"),
        (JA, "ja", "補正予算案", "松野官房長官"),
        (JA, "ja", "補正予算案", "松野氏"),
        (JA_US, "ja", "補正予算案", "バイデン氏"),
    ],
)
def test_a_right_speaker_in_a_readers_form_passes(
    text: str, lang: str, quote: str, name: str
) -> None:
    assert errors(credit(article(text, lang), lang, quote, name)) == []


@pytest.mark.parametrize(
    ("text", "lang", "quote", "name"),
    [
        (RU, "ru", "Денег хватит", "Соколов"),
        (DE, "de", "keinen Plan", "Kanzler Scholz"),
        (ES, "es", "llegan tarde", "Pedro Sanchez"),
        (ZH_HANT, "zh-Hant", "弱勢家庭", "賴總統"),
        (JA, "ja", "補正予算案", "岸田氏"),
        (JA, "ja", "補正予算案", "岸田総理"),
    ],
)
def test_a_swapped_speaker_in_those_forms_still_fails(
    text: str, lang: str, quote: str, name: str
) -> None:
    assert errors(credit(article(text, lang), lang, quote, name)) == ["wrong_speaker"]


def test_the_articles_own_words_at_a_chinese_cue_pass() -> None:
    # "蔡總統" is the mention at the cue: the article's own words for 蔡英文
    text = (
        "蔡英文發表新年談話\n\n"
        "總統蔡英文今天在總統府發表新年談話，並回答記者提問。\n\n"
        "「台灣不可能接受一國兩制，這是全體國人的共識」，蔡總統說。"
    )
    assert errors(credit(article(text, "zh-Hant"), "zh-Hant", "台灣不可能", "蔡總統")) == []


def test_a_role_the_article_writes_is_a_known_speaker() -> None:
    text = (
        "Le ministre démissionne\n\n"
        "Le ministre de la Santé Roman Prymula a été photographié dans un restaurant fermé.\n\n"
        "« Je n'ai pas l'intention de démissionner », a déclaré le ministre de la Santé."
    )
    art = article(text, "fr")
    start = art.text.index("Je n'ai")
    passage = art.text[start : art.text.index(" »", start)]
    point = Point(
        f"Le ministre de la Santé : « {passage} »", "ministre de la Santé", (QuoteRef(passage),)
    )
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    result = verify(Summary("fr", source, EngineInfo("hand"), art.title, (point,)), art)
    assert "unknown_speaker" not in errors(result)


def test_a_quoted_title_credited_is_flagged_though_its_words_stand_earlier_unquoted() -> None:
    text = (
        "A hacker story\n\n"
        "The hacker worked for the company for years, the court heard on Monday morning.\n\n"
        "Prosecutor Ann Lee said the man was no “hacker” at all but a trusted employee."
    )
    art = article(text, "en")
    point = Point("Ann Lee called him “hacker”.", "Ann Lee", (QuoteRef("hacker"),))
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    result = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
    assert "title_credited" in warnings(result)


def test_words_two_people_said_pass_credited_to_the_second() -> None:
    text = (
        "Two yeses\n\n"
        "“We will vote for the bill next week,” said Senator Ann Lee on Monday.\n\n"
        "Her rival agreed. “We will vote for the bill next week,” said Senator Bo Chen."
    )
    art = article(text, "en")
    passage = "We will vote for the bill next week,"
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    for name, wrong in (("Bo Chen", []), ("Ann Lee", []), ("Cy Diaz", ["wrong_speaker"])):
        point = Point(f"{name} said: “{passage}”", name, (QuoteRef(passage),))
        result = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
        assert [e for e in errors(result) if e == "wrong_speaker"] == wrong, name


def test_summarize_verify_passes_a_russian_summary_naming_the_speaker_as_its_grammar_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "most.txt"
    source.write_text(RU, encoding="utf-8")
    assert main(["quotes", str(source), "--format", "json"]) == 0
    said = next(q for q in json.loads(capsys.readouterr().out) if q["text"].startswith("никаких"))
    summary = {
        "schema": "summarizer/summary@1",
        "lang": "ru",
        "source": {"title": "", "lang": "ru", "sha256": load(str(source)).sha256, "origin": "x"},
        "engine": {"name": "hand"},
        "headline": "Мост откроют к декабрю",
        "points": [
            {
                "text": f"Песков сказал: «{said['text']}»",
                "speaker": "Песков",
                "quotes": [{"source_text": said["text"], "text": said["text"]}],
            }
        ],
    }
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    assert main(["verify", str(path), "--source", str(source)]) == 0, capsys.readouterr().out


def test_a_quote_swapped_between_two_people_of_one_surname_fails() -> None:
    text = (
        "Storm travel\n\n"
        "Parade officials met on Wednesday to decide if the balloons would fly on Thursday.\n\n"
        "“We will make a determination tomorrow before the event,” said James Hall.\n\n"
        "“Window seat, polite seatmate, a perfect trip home,” tweeted passenger Ellie Hall."
    )
    art = article(text, "en")
    passage = "We will make a determination tomorrow before the event,"
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    for name, wrong in (("James Hall", []), ("Jim Hall", []), ("Ellie Hall", ["wrong_speaker"])):
        point = Point(f"{name} said: “{passage}”", name, (QuoteRef(passage),))
        result = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
        assert [e for e in errors(result) if e == "wrong_speaker"] == wrong, name
        assert result.verification is not None
        voices = {v.speaker: v.points for v in result.verification.balance}
        assert {"James Hall", "Ellie Hall"} <= set(voices), voices


SEED = Path(__file__).parent / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"


@pytest.mark.parametrize(("credited", "wrong"), [("林剑", []), ("斯托尔滕贝格", ["wrong_speaker"])])
def test_a_speaker_in_the_readers_script_is_checked_as_the_names_list_spells_it(
    credited: str, wrong: list[str]
) -> None:
    art = load(str(SEED))
    passage = "What NATO should do is self-reflection"
    names = {"林剑": "Lin Jian", "斯托尔滕贝格": "Jens Stoltenberg"}
    point = Point(
        f"{credited}表示：“{passage}”。",
        credited,
        (QuoteRef(passage, text="北约应该做的是自我反省"),),
        names=(NameRef(names[credited], credited),),
    )
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    result = verify(Summary("zh", source, EngineInfo("hand"), art.title, (point,)), art)
    assert errors(result) == wrong
    assert result.points[0].speaker == credited


STADIUM = (
    "Council split over stadium plan\n\n"
    "The city council voted on Tuesday on the plan to build a new football stadium near the "
    "river, after a debate that lasted most of the night.\n\n"
    "Mayor Ann Lee called the vote “a disaster for the taxpayers of this city”, while councillor "
    "Bo Chen said it was “a triumph for the east side”.\n\n"
    "“We will appeal to the regional court before the end of the month,” Lee said.\n\n"
    "“The stadium will bring four thousand jobs within five years,” he added."
)


def test_the_extract_summary_keeps_a_sentence_that_quotes_two_people() -> None:
    art = article(STADIUM, "en")
    summary = ExtractEngine().build(art, Request(lang="en", length="long"))
    checked = verify(summary, art)
    assert checked.verification is not None and checked.verification.ok
    assert any("while councillor Bo Chen" in p.text for p in checked.points)


def test_a_whole_sentence_with_only_a_pronoun_cue_is_still_checked() -> None:
    # a mayor of no other gender than "he": "Ann Lee" is a woman, whom "he" never stands for
    art = article(STADIUM.replace("Ann Lee", "Tom Lee"), "en")
    passage = "“The stadium will bring four thousand jobs within five years,” he added."
    point = Point(f"Bo Chen: {passage}", "Bo Chen", (QuoteRef(passage),))
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    result = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
    assert "speaker_unconfirmed" in warnings(result)  # "he" may be Tom Lee, a guess


NESTED = (
    "会议召开\n\n李明华表示：“我们一定会按时完成这项工程。”\n\n李明说：“资金问题已经基本解决了。”"
)


@pytest.mark.parametrize(
    ("quote", "name", "wrong"),
    [
        ("我们一定", "李明", ["wrong_speaker"]),
        ("资金问题", "李明华", ["wrong_speaker"]),
        ("我们一定", "李明华", []),
        ("资金问题", "李明", []),
    ],
)
def test_two_chinese_speakers_whose_names_nest_are_not_swapped(
    quote: str, name: str, wrong: list[str]
) -> None:
    art = article(NESTED, "zh")
    passage = art.text[art.text.index(quote) : art.text.index("”", art.text.index(quote))]
    point = Point(f"{name}表示：“{passage}”", name, (QuoteRef(passage),))
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    result = verify(Summary("zh", source, EngineInfo("hand"), art.title, (point,)), art)
    assert errors(result) == wrong
    assert result.verification is not None  # two voices, not one
    voices = {v.speaker: v.points for v in result.verification.balance}
    assert {"李明", "李明华"} <= set(voices), voices


SISTER = (
    "Hall sisters split\n\n"
    "Ellie Hall, the sister of the senator James Hall, spoke at the rally on Monday.\n\n"
    "“We will fight on to the very end,” Ellie Hall said.\n\n"
    "President Joseph R. Biden Jr. was not there.\n\n"
    "“We will win,” Joe Biden said later."
)


@pytest.mark.parametrize(
    ("quote", "name", "wrong"),
    [
        # James Hall is named, not quoted: a surname shared with the speaker is not enough
        ("We will fight", "James Hall", ["wrong_speaker"]),
        ("We will fight", "Ellie Hall", []),
        ("We will fight", "Hall", []),
        ("We will win", "Joseph R. Biden Jr.", []),
        ("We will win", "Biden", []),
    ],
)
def test_a_person_named_beside_the_speaker_with_her_surname_is_not_her(
    quote: str, name: str, wrong: list[str]
) -> None:
    art = article(SISTER, "en")
    start = art.text.index(quote)
    passage = art.text[start : art.text.index(",”", start) + 1]
    result = said(art, name, passage)
    assert [e for e in errors(result) if e == "wrong_speaker"] == wrong


TWO_HALLS = (
    "Hall family split\n\n"
    "“We will fight on to the very end,” Ellie Hall said on Monday.\n\n"
    "“My sister is wrong about the vote,” James Hall said."
)


@pytest.mark.parametrize(
    ("quote", "name", "found"),
    [
        # both Halls are quoted: "Hall" could be either, so the credit is unconfirmed, not failed
        ("We will fight", "Hall", ["speaker_unconfirmed"]),
        ("My sister", "Hall", ["speaker_unconfirmed"]),
        ("We will fight", "Ellie Hall", []),
        ("My sister", "James Hall", []),
        ("My sister", "Ellie Hall", ["wrong_speaker"]),
    ],
)
def test_a_surname_two_quoted_speakers_share_is_unconfirmed(
    quote: str, name: str, found: list[str]
) -> None:
    art = article(TWO_HALLS, "en")
    start = art.text.index(quote)
    passage = art.text[start : art.text.index(",”", start) + 1]
    result = said(art, name, passage)
    speaker = {"speaker_unconfirmed", "wrong_speaker"}
    assert [f for f in errors(result) + warnings(result) if f in speaker] == found


def test_either_of_two_joint_speakers_may_be_credited() -> None:
    # "Tom Hale and Ida Moss said": both said it, so crediting the first is no swap
    art = article("Rail deal\n\n“We are ready,” Tom Hale and Ida Moss said.", "en")
    passage = "We are ready,"
    result = said(art, "Tom Hale", passage)
    assert "wrong_speaker" not in errors(result)


def test_a_whole_sentence_credited_to_someone_it_does_not_name_fails() -> None:
    # the sentence names Lee beside her quotation: credited to Chen, it is still a swap
    art = article(STADIUM, "en")
    passage = "“We will appeal to the regional court before the end of the month,” Lee said."
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    for name, wrong in (("Bo Chen", ["wrong_speaker"]), ("Ann Lee", [])):
        point = Point(f"{name}: {passage}", name, (QuoteRef(passage),))
        result = verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)
        assert errors(result) == wrong, name


GUESSED = (
    "Bridge vote\n\n"
    "The council met on Monday to discuss the new bridge over the river.\n\n"
    "“We will build it this year,” Mayor Ruth Okafor said.\n\n"
    "“It will cost too much,” the moderator said."
)


def unnamed(art: Article, passage: str) -> Summary:
    """`art` verified with one English point that credits `passage` to an unnamed speaker."""
    point = Point(f"An unnamed speaker said: “{passage}”", None, (QuoteRef(passage),))
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    return verify(Summary("en", source, EngineInfo("hand"), art.title, (point,)), art)


def test_crediting_nobody_is_checked_only_against_a_sure_speaker() -> None:
    """An unnamed speaker claims nothing a guess could refute; a sure speaker left out fails."""
    art = article(GUESSED, "en")
    guessed = unnamed(art, "It will cost too much,")
    assert errors(guessed) == [] and warnings(guessed) == []
    assert errors(unnamed(art, "We will build it this year,")) == ["wrong_speaker"]
