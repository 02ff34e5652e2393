"""The extract engine as a reader sees it: lead facts and who-said-what, quoted verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import source
from summarizer.article import Article
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.labels import labels
from summarizer.summary import Summary, dumps
from summarizer.verify.check import verify

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


def test_every_quote_is_the_exact_source_span() -> None:
    article, summary = summarize(SEED, "zh")
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
