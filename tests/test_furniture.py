"""Page furniture never reaches a summary, and no sentence of the article is lost with it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer import source
from summarizer.article import Article
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.summary import Summary

DATA = Path(__file__).resolve().parent / "data"
PAGES = DATA / "furniture"
ARTICLES = DATA / "articles"
PAGE_SPECS: dict[str, dict[str, object]] = json.loads((PAGES / "pages.json").read_text())
SHARED: dict[str, list[str]] = {
    name: lines
    for name, lines in json.loads((PAGES / "shared.json").read_text()).items()
    if not name.startswith("_")
}
SENTENCE_END = re.compile(r"[.!?。！？؟…][\"”’»」』)）]*$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
READERS = ("en", "zh")


def summaries(article: Article) -> list[Summary]:
    """The extract engine's summary for each reader language and every length."""
    return [
        ExtractEngine().build(article, Request(lang=reader, length=length))
        for reader in READERS
        for length in ("short", "medium", "long")
    ]


def furniture(name: str) -> list[str]:
    spec = PAGE_SPECS[name]["furniture"]
    assert isinstance(spec, list)
    return [str(line) for line in spec]


def is_sentence(line: str) -> bool:
    """A line of reporting: finished, and long enough to be more than a label."""
    long_enough = len(line.split()) >= 8 or len(CJK.findall(line)) >= 15
    return long_enough and SENTENCE_END.search(line) is not None


@pytest.mark.parametrize("name", sorted(PAGE_SPECS))
def test_no_furniture_of_a_written_page_survives_or_reaches_the_summary(name: str) -> None:
    article = source.load(str(PAGES / name))
    for line in furniture(name):
        assert line not in article.text, line
        for summary in summaries(article):
            assert line not in summary.headline
            assert all(line not in p.text for p in summary.points), line


@pytest.mark.parametrize("name", sorted(PAGE_SPECS))
def test_every_other_line_of_a_written_page_is_kept(name: str) -> None:
    path = PAGES / name
    if path.suffix == ".html":
        pytest.skip("the HTML page's text is checked through its furniture and its lead")
    article = source.load(str(path))
    junk = set(furniture(name)) | {PAGE_SPECS[name]["title"]}
    for line in path.read_text().splitlines():
        if line.strip() and line.strip() not in junk:
            assert line.strip() in article.text.split("\n"), line


@pytest.mark.parametrize("name", sorted(PAGE_SPECS))
def test_written_page_title_is_its_headline_line_or_none(name: str) -> None:
    article = source.load(str(PAGES / name))
    assert article.title == PAGE_SPECS[name]["title"]
    lead = str(PAGE_SPECS[name]["lead"])
    for summary in summaries(article):
        assert summary.headline == article.title or lead.startswith(
            summary.headline.removesuffix("…")
        )
        assert summary.points[0].quotes[0].source_text == lead


@pytest.mark.parametrize("name", sorted(SHARED))
def test_no_furniture_line_of_a_sample_article_survives(name: str) -> None:
    article = source.load(str(next((ARTICLES / name).glob("article.*"))))
    lines = set(article.text.split("\n"))
    for line in SHARED[name]:
        assert line not in lines, line
        for summary in summaries(article):
            assert line not in summary.headline
            assert all(p.quotes[0].source_text != line for p in summary.points)


@pytest.mark.parametrize(
    "path", sorted(ARTICLES.glob("*/article.txt")), ids=lambda p: p.parent.name
)
def test_no_sentence_of_a_sample_article_is_dropped(path: Path) -> None:
    article = source.load(str(path))
    junk = set(SHARED.get(path.parent.name, ()))
    raw = path.read_text()
    checked = 0
    for line in (line.strip() for line in raw.splitlines()):
        if is_sentence(line) and line not in junk and not re.search("[\x80-\x9f]", line):
            checked += 1
            assert line in article.text, line
    assert checked or path.parent.name.startswith("zh-01")  # its quotes are C1 codes


def test_a_share_bar_glued_to_the_first_sentence_is_cut_off() -> None:
    text = (
        "Share this withEmailFacebookMessengerMessengerTwitterPinterestWhatsAppLinkedIn"
        "Copy this linkThe fire forced 12,000 people from their homes on Saturday, officials "
        "said.\n\nFirefighters expect the winds to ease by Monday evening, the agency said."
    )
    cleaned = source.clean_text(text)
    assert cleaned.startswith("The fire forced 12,000 people")


def test_a_line_naming_social_networks_in_a_sentence_is_kept() -> None:
    line = "Facebook, Twitter, Telegram and WhatsApp were fined by the regulator on Monday."
    assert source.clean_text(line) == line


def test_a_section_label_carrying_a_number_of_the_lead_is_kept() -> None:
    lead = "The storm left 12,000 homes without power on Sunday, the utility said."
    text = f"{lead}\n\n12,000 homes in the dark\n\nCrews worked through the night to restore it."
    assert "12,000 homes in the dark" in source.clean_text(text)


def test_a_hard_wrapped_paragraph_is_not_taken_for_labels() -> None:
    text = (
        "The council approved the budget on Tuesday after a long debate.\n"
        "Members of the transport committee said the new plan\n"
        "would add two bus lines by the end of the year."
    )
    assert source.clean_text(text).count("\n") == 4


LEAD = "The city council met on Tuesday to discuss the new budget for public transport today."
REST = "Members reviewed spending on buses, trams and cycle lanes over the next five years."


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright Getty Images",
        "Image caption Protesters gathered outside parliament",
        "Source: Reuters",
        "Tags: Politics, Spain",
        "（完）",
        "（写真は会見する首相）",
        "Jane Doe contributed to this report.",
        "本文系澎湃新闻原创，转载请注明出处",
        "Источник: ТАСС",
        "Publicado: 12/03/2024 18:05",
        "Te puede interesar",
        "原标题：共享充电宝为何越来越贵",
        "Teilen auf FacebookTwitterWhatsApp",
        "Par Camille Bernard et Luc Moreau",
        "بقلم: محمد علي",
        "本报记者 张三 李四",
    ],
)
def test_a_furniture_line_between_paragraphs_is_dropped(line: str) -> None:
    assert source.clean_text(f"{LEAD}\n\n{line}\n\n{REST}") == f"{LEAD}\n\n{REST}"


def test_list_items_and_an_epigraph_credit_are_kept() -> None:
    items = "• More than 400 flights cancelled\n\n• Schools closed in three counties"
    text = f"{LEAD}\n\n{items}\n\n— Mayor Karen Holt, at a briefing\n\n{REST}"
    assert source.clean_text(text) == text
