"""The extract engine as a reader sees it: lead facts and who-said-what, quoted verbatim."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer import source
from summarizer.article import Article
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.engines.facts import planned
from summarizer.labels import labels
from summarizer.pipeline import prune
from summarizer.summary import Summary, dumps
from summarizer.verification.check import verify

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
SEED = ARTICLES / "seed-blitz-china-nato" / "article.txt"
ALL = sorted(next(d.glob("article.*")) for d in ARTICLES.iterdir() if d.is_dir())
MARKS = set('“”‘’«»„‚「」『』"')


def load(path: Path) -> Article:
    """The cleaned article, as the CLI reads it."""
    return source.load(str(path))


def summarize(path: Path, reader: str, length: str = "medium") -> tuple[Article, Summary]:
    article = load(path)
    return article, ExtractEngine().build(article, Request(lang=reader, length=length))


def test_seed_in_chinese_has_lead_fact_and_both_speakers_verbatim() -> None:
    article, summary = summarize(SEED, "zh")
    assert summary.headline == article.title
    assert summary.lang == "zh" and summary.engine.name == "extract"
    lead = summary.points[0]
    assert lead.speaker is None and lead.text.startswith("据文章报道：“")
    assert "China’s Foreign Ministry on Tuesday urged NATO" in lead.text
    speakers = {p.speaker for p in summary.points}
    assert {"Lin Jian", "Jens Stoltenberg"} <= speakers
    lin = next(p for p in summary.points if p.speaker == "Lin Jian")
    assert lin.text == f"Lin Jian 表示：“{lin.quotes[0].source_text}”"
    assert summary.notice is not None and "未配置模型" in summary.notice
    assert "未作翻译" in summary.notice and "OPENAI_API_KEY" in summary.notice


def test_a_chinese_name_runs_on_into_the_chinese_verb() -> None:
    """No space in "林秀芳表示"; a name in letters keeps one ("Lin Jian 表示", the seed test)."""
    text = (
        "村里新修了一条路，村民们都很高兴。\n\n"
        "“以前下雨天孩子上学要走两个钟头，现在二十分钟就到了。”村民林秀芳说。"
    )
    summary = ExtractEngine().build(headed(text, "zh", "新路"), Request(lang="zh"))
    said = {p.speaker: p.text for p in summary.points if p.speaker}
    assert said["林秀芳"].startswith("林秀芳表示：“"), said


_WOMAN_SPEAKS = (
    "Council approves the new budget\n\n"
    "The city council approved the budget on Monday after a long debate.\n\n"
    "“We kept every school open and every bus running,” Mayor Anna Lund said."
)


@pytest.mark.parametrize(
    ("lang", "opening", "masculine"),
    [("ru", "Anna Lund заявляет: «", "заявил"), ("ar", "جاء على لسان Anna Lund: «", "قال ")],
)
def test_a_summary_credits_a_woman_without_a_masculine_verb(
    lang: str, opening: str, masculine: str
) -> None:
    """Russian and Arabic verbs have a gender and `Quote` none: "Anna Lund заявил" was "he"."""
    summary = ExtractEngine().build(headed(_WOMAN_SPEAKS), Request(lang=lang))
    said = [p.text for p in summary.points if p.speaker == "Anna Lund"]
    assert said and said[0].startswith(opening), said
    assert not any(masculine in p.text for p in summary.points)


def test_a_partial_quotation_is_shown_in_the_sentence_that_reports_it() -> None:
    """« si le public le veut » alone under "X a déclaré :" reads as all X said; the
    article's sentence keeps what X was asked and what X answered."""
    text = (
        "Le maire de Lyon, Paul Verne, a présenté lundi un budget en hausse pour les écoles.\n\n"
        "Paul Verne a affirmé qu'il était prêt à revoir les tarifs « si les familles le "
        "demandent », avant de refuser toute hausse des impôts locaux.\n\n"
        "Les élus de l'opposition ont réclamé un vote séparé sur les cantines scolaires."
    )
    summary = ExtractEngine().build(headed(text, "fr", "Budget"), Request(lang="fr"))
    verne = [p for p in summary.points if p.speaker == "Paul Verne"]
    assert verne, summary.points
    assert verne[0].text.startswith("Selon l’article : “Paul Verne a affirmé qu'il était prêt")
    assert not any("déclaré : « si les familles" in p.text for p in summary.points)
    checked = verify(summary, headed(text, "fr", "Budget")).verification
    assert checked is not None and checked.ok and not checked.removed, checked


def test_every_quote_is_the_exact_source_span() -> None:
    article, summary = summarize(SEED, "zh")
    assert summary.points
    for point in summary.points:
        (ref,) = point.quotes
        assert ref.start is not None and ref.end is not None
        assert article.text[ref.start : ref.end] == ref.source_text
        assert ref.source_text in point.text


def test_english_reader_is_told_no_model_is_configured() -> None:
    _, summary = summarize(SEED, "en")
    assert summary.notice is not None
    assert "no model is configured" in summary.notice and "--model-path" in summary.notice
    assert "not translated" not in summary.notice
    assert summary.points[0].text.startswith("According to the article: “")
    assert any(p.text.startswith("Jens Stoltenberg said: “") for p in summary.points)


def test_foreign_reader_is_told_nothing_was_translated() -> None:
    _, summary = summarize(SEED, "fr")
    assert summary.notice is not None and "sans traduction" in summary.notice
    assert any(p.text.startswith("Lin Jian a déclaré : «\u00a0") for p in summary.points)


def test_short_summary_has_at_most_three_points_and_both_speakers() -> None:
    _, summary = summarize(SEED, "en", "short")
    assert len(summary.points) <= 3
    assert {"Lin Jian", "Jens Stoltenberg"} <= {p.speaker for p in summary.points}


def test_longer_requests_give_more_points() -> None:
    sizes = [len(summarize(SEED, "en", n)[1].points) for n in ("short", "medium", "long")]
    assert sizes[0] < sizes[1] < sizes[2] <= 10


def test_article_without_quotes_still_gives_lead_facts() -> None:
    text = (
        "WASHINGTON (Reuters) — The city council met on Tuesday to discuss the new budget for "
        "public transport. Members reviewed spending on buses, trams and cycle lanes over the "
        "next five years.\n\nBy Jane Doe\n\nThe vote on the final budget is expected in March "
        "after a public consultation that runs until the end of January."
    )
    article = Article.from_text(text, title="Council meets", lang="en", origin="t.txt")
    summary = ExtractEngine().build(article, Request(lang="en"))
    assert [p.speaker for p in summary.points] == [None, None, None]
    first = summary.points[0].quotes[0].source_text
    assert first.startswith("The city council met")
    assert all("Jane Doe" not in p.text for p in summary.points)


def test_same_input_gives_byte_identical_output() -> None:
    runs = {dumps(summarize(SEED, "ja")[1]) for _ in range(3)}
    assert len(runs) == 1


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.parent.name)
def test_quoted_passages_stay_well_formed_in_every_language(path: Path) -> None:
    article = load(path)
    for reader in ("zh", "zh-Hant", "en", "de", "ja"):
        summary = ExtractEngine().build(article, Request(lang=reader))
        assert summary.points, reader
        for point in summary.points:
            (ref,) = point.quotes
            assert article.text[ref.start : ref.end] == ref.source_text
            outside = point.text.replace(ref.source_text, "", 1)
            if point.speaker:
                outside = outside.replace(point.speaker, "", 1)
            assert len(MARKS & set(outside)) == 2, point.text
            assert not set(outside) & set(ref.source_text) & MARKS, point.text


def test_passage_containing_the_usual_marks_gets_the_alternative_pair() -> None:
    text = (
        "The council approved what members called a “fair and balanced budget” for the five "
        "years ahead, after a long night of talks.\n\nNothing else was decided at the meeting."
    )
    article = Article.from_text(text, title="Budget", lang="en", origin="t.txt")
    summary = ExtractEngine().build(article, Request(lang="zh", length="short"))
    texts = [p.text for p in summary.points]
    assert any(t.startswith("据文章报道：「The council approved") for t in texts), texts
    assert labels("zh").quote("a “b” c") == "「a “b” c」"


@pytest.mark.parametrize("reader", ["zh", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.parent.name)
def test_extract_summary_verifies_for_every_article(path: Path, reader: str) -> None:
    article = load(path)
    checked = verify(ExtractEngine().build(article, Request(lang=reader)), article)
    assert checked.verification is not None
    assert checked.verification.ok, checked.verification.errors


def test_scare_quotes_are_not_presented_as_statements() -> None:
    _, summary = summarize(SEED, "en", "long")
    quoted = [p.quotes[0].source_text for p in summary.points if p.speaker]
    assert quoted and all(len(q.split()) >= 5 for q in quoted)
    assert not any("constructive role" in q or "strong concern" in q for q in quoted)


LEADS: dict[str, str] = {
    name: lead
    for name, lead in json.loads((ARTICLES.parent / "leads.json").read_text()).items()
    if not name.startswith("_")
}


@pytest.mark.parametrize("name", sorted(LEADS))
def test_the_headline_or_first_points_carry_the_hand_marked_lead(name: str) -> None:
    _, summary = summarize(next((ARTICLES / name).glob("article.*")), "en")
    assert summary.points[0].speaker is None
    firsts = [summary.headline, *(p.quotes[0].source_text for p in summary.points[:2])]
    assert LEADS[name] in firsts


@pytest.mark.parametrize("length", ["short", "medium", "long"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.parent.name)
def test_no_passage_is_given_twice(path: Path, length: str) -> None:
    _, summary = summarize(path, "en", length)
    spans = sorted((p.quotes[0].start or 0, p.quotes[0].end or 0) for p in summary.points)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    texts = [p.quotes[0].source_text for p in summary.points]
    assert len(set(texts)) == len(texts)


def headed(text: str, lang: str = "en", title: str = "") -> Article:
    return Article.from_text(text, title=title, lang=lang, origin="t.txt")


PLANNED = [
    (
        "en",
        "Prime Minister David Cameron will warn business leaders on Monday that the economy "
        "faces a difficult year. Cameron will say: “We cannot spend money we do not have, "
        "and we will not try.”",
        "David Cameron is expected to say: “",
    ),
]


@pytest.mark.parametrize(("language", "text", "label"), PLANNED, ids=[p[0] for p in PLANNED])
def test_a_planned_statement_is_labelled_expected_never_said(
    language: str, text: str, label: str
) -> None:
    summary = ExtractEngine().build(headed(text, language), Request(lang="en"))
    said = [p.text for p in summary.points if p.speaker]
    assert said and all(label in t for t in said), said
    assert not any(" said: " in t for t in said)
    zh = ExtractEngine().build(headed(text, language), Request(lang="zh"))
    assert all("预计将表示" in p.text for p in zh.points if p.speaker)


def test_a_statement_already_made_is_still_said() -> None:
    text = (
        "The prime minister spoke to business leaders in London on Monday about the economy. "
        "Cameron said: “We cannot spend money we do not have, and we will not try.”"
    )
    summary = ExtractEngine().build(headed(text), Request(lang="en"))
    assert any(p.text.startswith("Cameron said: “") for p in summary.points)


def test_a_quotation_is_never_cut_at_an_apostrophe() -> None:
    text = (
        "The chancellor set out the new spending rules to parliament on Wednesday afternoon. "
        "Osborne told MPs: ‘There is no such thing as public money; there is only taxpayers’ "
        "money, and we will treat it with respect.’ The opposition called the plan a gimmick."
    )
    article = headed(text)
    summary = verify(ExtractEngine().build(article, Request(lang="en", length="long")), article)
    assert not any(p.quotes[0].source_text.endswith("taxpayers") for p in summary.points)
    osborne = [p.quotes[0].source_text for p in summary.points if p.speaker == "Osborne"]
    assert osborne == [
        "There is no such thing as public money; there is only taxpayers’ money, "
        "and we will treat it with respect."
    ]
    assert summary.verification is not None and summary.verification.ok


def test_an_article_without_a_title_is_headed_by_its_lead_cut_at_a_word() -> None:
    lead = (
        "More than 12,000 people were ordered to leave their homes on Saturday after a "
        "wildfire jumped Highway 9 and pushed toward the eastern edge of Riverton."
    )
    article = headed(f"{lead}\n\nFirefighters expect the winds to ease by Monday evening.")
    for reader in ("en", "zh", "de"):
        checked = verify(ExtractEngine().build(article, Request(lang=reader)), article)
        assert checked.headline.endswith("…") and len(checked.headline) <= 101
        assert lead.startswith(checked.headline.removesuffix("…"))
        assert lead[len(checked.headline) - 1] == " "
        assert checked.verification is not None and checked.verification.ok


def test_a_headline_that_fails_is_replaced_by_one_that_passes() -> None:
    article = headed(
        "The city council approved a new budget for public transport on Tuesday evening.\n\n"
        "Members reviewed spending on buses, trams and cycle lanes over the next five years."
    )
    made = ExtractEngine().build(article, Request(lang="en"))
    bad = verify(replace(made, headline="<neutral headline in English>"), article)
    assert bad.verification is not None and not bad.verification.ok
    kept = prune(bad, article)
    assert kept.verification is not None and kept.verification.ok
    assert [f.point for f in kept.verification.removed] == [None]
    assert kept.headline.startswith("The city council approved")
    assert verify(kept, article).verification == replace(kept.verification, removed=())


MOODS = [
    ("de", "„Wir lassen niemanden allein“, dürfte Kanzler Scholz am Montag in Passau sagen.", True),
    ("de", "„Wir lassen niemanden allein“, sagte Kanzler Scholz am Montag in Passau.", False),
    ("fr", "Le Premier ministre devrait déclarer : « Nous tiendrons nos engagements. »", True),
    ("fr", "Le Premier ministre a déclaré : « Nous tiendrons nos engagements. »", False),
    ("es", "El presidente anunciará el lunes: «Vamos a bajar los impuestos este año».", True),
    ("es", "El presidente dijo el lunes: «Vamos a bajar los impuestos este año».", False),
    ("ru", "Министр, как ожидается, заявит: «Мы не повысим налоги в этом году».", True),
    ("ru", "Министр заявил: «Мы не повысим налоги в этом году».", False),
    ("zh", "国家统计局局长康义将表示：“上半年国民经济总体回升向好。”", True),
    ("zh", "国家统计局局长康义表示：“上半年国民经济总体回升向好。”", False),
    ("ja", "首相は「増税はしない」と述べる予定だ。", True),
    ("ja", "首相は「増税はしない」と述べた。", False),
    ("ar", 'ومن المتوقع أن يقول الوزير: "لن نرفع الضرائب هذا العام".', True),
    ("ar", 'وقال الوزير: "لن نرفع الضرائب هذا العام".', False),
]


@pytest.mark.parametrize(("language", "text", "expected"), MOODS)
def test_the_mood_of_the_reporting_clause_is_read_in_every_language(
    language: str, text: str, expected: bool
) -> None:
    opens = min(i for i in (text.find(m) for m in '„«「“"') if i >= 0) + 1
    closes = min(i for i in (text.find(m, opens) for m in '“”»」"') if i >= 0)
    assert planned(headed(text, language), opens, closes) is expected


@pytest.mark.parametrize(
    ("language", "text", "lead"),
    [
        (
            "es",
            "Madrid, 12 mar (EFE).- El Gobierno aprobó este martes un plan de ayudas de 500 "
            "millones para los agricultores afectados por la sequía.",
            "El Gobierno aprobó",
        ),
        (
            "ru",
            "МОСКВА, 12 мар — РИА Новости. Правительство России одобрило план помощи аграриям "
            "на 500 миллионов рублей в среду.",
            "Правительство России",
        ),
        (
            "en",
            "RIVERTON, Calif. — More than 12,000 people were ordered to leave their homes on "
            "Saturday after a wildfire jumped Highway 9, officials said.",
            "More than 12,000",
        ),
    ],
)
def test_the_lead_starts_after_the_dateline(language: str, text: str, lead: str) -> None:
    summary = ExtractEngine().build(headed(text, language), Request(lang="en"))
    assert summary.headline.startswith(lead)


def test_a_side_with_a_real_share_of_the_quotes_is_heard_in_a_short_summary() -> None:
    text = (
        "The council debated the new bus lanes on Main Street for three hours on Tuesday.\n\n"
        "“It is a good day for the city and for everyone who takes the bus,” said Anna Berg, "
        "a cyclist.\n\n“I have waited for these lanes for ten long years,” said Carl Dunn, "
        "a commuter.\n\n“We will lose half of our customers overnight,” said Mark Ellis, who "
        "runs a shop.\n\n“Deliveries will take twice as long as they do now,” Ellis said.\n\n"
        "“Nobody asked the shopkeepers on Main Street before the vote,” Ellis added."
    )
    summary = ExtractEngine().build(headed(text), Request(lang="en", length="short"))
    assert "Mark Ellis" in {p.speaker for p in summary.points}


def test_a_quotation_in_marks_is_shown_before_sentences_of_a_speech_transcript() -> None:
    text = (
        "The mayor answered reporters after her New Year speech at the town hall on Monday.\n\n"
        "“Nobody will pay more for water this year,” Mayor Ruth Okafor said.\n\n"
        "“The plan costs far more than the city can afford,” council member Tom Reyes said.\n\n"
        "Mayor Ruth Okafor said in a statement:\n\n"
        "This year we will open two new schools, repair every bridge over the river and plant "
        "a thousand trees along the old railway line through the eastern districts of the city."
    )
    article = headed(text, title="Water prices stay the same")
    summary = ExtractEngine().build(article, Request(lang="en", length="short"))
    said = [(p.speaker, p.quotes[0].source_text) for p in summary.points if p.speaker]
    assert said == [
        ("Ruth Okafor", "Nobody will pay more for water this year"),
        ("Tom Reyes", "The plan costs far more than the city can afford"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Nous réfléchissons à une réforme complète du système de retraite depuis trois ans. "
            "Le gouvernement a présenté mardi un projet de réforme des retraites au Parlement.",
        ),
        (
            "zh",
            "以前我们一般采的是全血，现在可以只采血浆，献血者恢复得更快一些。"
            "市中心血站今年共采集血液两万多份，比去年增加了一成以上。",
        ),
    ],
)
def test_a_sentence_in_the_first_person_is_no_lead_fact(language: str, text: str) -> None:
    article = headed(text, lang=language, title="Titre")
    summary = ExtractEngine().build(article, Request(lang=language, length="short"))
    leads = [p.quotes[0].source_text for p in summary.points if p.speaker is None]
    assert leads and not any(lead.startswith(("Nous", "以前我们")) for lead in leads)


def test_a_road_named_with_a_capital_i_is_still_a_lead_fact() -> None:
    text = (
        "I-95 was closed for six hours on Monday after a crash near the river bridge. "
        "Police said two drivers were taken to hospital with minor injuries."
    )
    summary = ExtractEngine().build(headed(text, title="Crash"), Request(lang="en"))
    leads = [p.quotes[0].source_text for p in summary.points if p.speaker is None]
    assert any(lead.startswith("I-95 was closed") for lead in leads)
