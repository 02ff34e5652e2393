"""The extract engine never puts someone's direct quotation in the article's own voice."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine, speech
from summarizer.labels import labels
from summarizer.summary import Summary


def build(text: str, language: str, reader: str, length: str = "medium") -> Summary:
    """The extract summary of `text` for a reader of `reader`."""
    article = Article.from_text(text, title="Talks", lang=language, origin="t.txt")
    return ExtractEngine().build(article, Request(lang=reader, length=length))


UNNAMED_RU = (
    "Министр энергетики Олег Сомов в понедельник прибыл в Вену на переговоры о поставках "
    "нефти.\n\n"
    '"Это значит, что цена будет определяться по рыночным правилам и без скидок", - '
    "подчеркнул глава министерства.\n\n"
    "Переговоры продлятся три дня, а итоговый документ планируют подписать в пятницу."
)
UNNAMED_ZH = (
    "国家气象局周一发布暴雨预警，南方多个省份将出现强降雨天气。\n\n"
    "一位官员表示：“今年的雨季来得比往年早，各地必须提前做好防汛准备工作。”\n\n"
    "气象部门预计，这次降雨过程将持续到本周末，局部地区降雨量可能超过两百毫米。"
)
UNNAMED_EN = (
    "The city council approved a new budget for public transport on Tuesday evening.\n\n"
    'A council official said the plan was sound: "We will run more buses at night and keep '
    'fares where they are for at least two years," the official told reporters.\n\n'
    "The budget also sets aside money for new cycle lanes across the northern districts."
)


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        (UNNAMED_RU, "ru", "Это значит"),
        (UNNAMED_ZH, "zh", "今年的雨季"),
        (UNNAMED_EN, "en", "We will run more buses"),
    ],
)
@pytest.mark.parametrize("reader", ["en", "zh", "ru"])
def test_an_unnamed_speakers_quotation_is_not_shown_as_the_articles_words(
    text: str, language: str, quoted: str, reader: str
) -> None:
    summary = build(text, language, reader)
    according = labels(reader).lead.split("{")[0]
    unnamed = labels(reader).unnamed.split("{")[0]
    in_voice = [p.text for p in summary.points if p.text.startswith(according)]
    assert in_voice, summary.points
    assert not any(quoted in t and not t.startswith(unnamed) for t in in_voice), in_voice
    shown = [p for p in summary.points if quoted in p.text]
    assert all(p.speaker is None and p.text.startswith(unnamed) for p in shown), shown


def test_an_unnamed_speaker_is_named_so_in_the_readers_language() -> None:
    summary = build(UNNAMED_RU, "ru", "zh")
    (point,) = [p for p in summary.points if "Это значит" in p.text]
    assert point.text.startswith("据文章报道，一位未具名人士表示：“Это значит, что цена"), point
    assert point.speaker is None


def test_an_unnamed_speaker_only_fills_a_place_the_named_leave() -> None:
    text = (
        "Городской совет во вторник утвердил новый бюджет на общественный транспорт.\n\n"
        '"Мы пустим больше автобусов ночью и сохраним цены на проезд", - подчеркнул глава '
        "комиссии.\n\n"
        'Мэр Анна Ковалёва заявила: "Этот бюджет ставит на первое место тех, кто ездит каждый '
        'день".\n\n'
        'Депутат Олег Сомов сказал: "Мы не можем строить трамваи, пока не отремонтированы '
        'дороги".'
    )
    short = build(text, "ru", "en", "short").points
    assert [p.speaker for p in short if p.speaker] == ["Анна Ковалёва", "Олег Сомов"], short
    assert not any("unnamed speaker" in p.text for p in short), short
    medium = build(text, "ru", "en").points
    assert [p.text for p in medium if "unnamed speaker" in p.text] == [
        "According to the article, an unnamed speaker said: “Мы пустим больше автобусов ночью "
        "и сохраним цены на проезд”"
    ], medium


def test_a_title_or_term_in_marks_still_leaves_the_sentence_a_lead_fact() -> None:
    text = (
        "The film “Once Upon A Time in Hollywood” opened in forty cinemas across the country "
        "on Friday.\n\nTickets for the “late show” sold out and queues formed outside most "
        "theatres before noon.\n\nThe distributor plans a wider release next month."
    )
    sources = [p.quotes[0].source_text for p in build(text, "en", "en").points]
    assert any("Once Upon A Time in Hollywood" in s for s in sources), sources
    assert any("late show" in s for s in sources), sources


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("We will keep fares where they are", True),
        ("Это значит, что цена будет определяться по рыночным правилам", True),
        ("今年的雨季来得比往年早", True),
        ("Once Upon A Time in Hollywood", False),
        ("Нафтогаз Украины", False),
        ("イード・アル・フィトル（Eid al-Fitr）", False),
        ("一带一路", False),
        ("pretty good", False),
    ],
)
def test_speech_is_told_from_a_name_or_term_in_marks(text: str, spoken: bool) -> None:
    assert speech(text) is spoken


def test_a_partial_quotation_beside_someone_elses_words_is_shown_alone() -> None:
    text = (
        "The mayor opened the new bridge over the river on Monday morning.\n\n"
        'Mayor Anna Kowal said the bridge was "a promise kept for the whole town," while a '
        'resident shouted "we waited twenty years for this bridge to open at last."\n\n'
        "Traffic on the old bridge is expected to fall by half within a month."
    )
    points = build(text, "en", "en").points
    kowal = [p for p in points if p.speaker == "Anna Kowal"]
    assert all("twenty years" not in p.quotes[0].source_text for p in kowal), kowal
    assert not any("twenty years" in p.quotes[0].source_text for p in points), points


def test_a_description_low_is_an_unnamed_speaker_not_left_out() -> None:
    """A description as the speaker ("the moderator", low) is shown as an unnamed speaker."""
    text = (
        "The council met on Monday to discuss the new bridge over the river.\n\n"
        "“It will cost far too much and take far too long,” the moderator said.\n\n"
        "The debate went on for hours and ended without a vote on the plan."
    )
    points = build(text, "en", "en").points
    assert [p.text for p in points if "unnamed speaker" in p.text] == [
        "According to the article, an unnamed speaker said: “It will cost far too much and take "
        "far too long”"
    ], points
    assert all(p.speaker is None for p in points)
