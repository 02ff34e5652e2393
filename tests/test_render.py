"""What a reader sees in each output format: labels in their language, escaping, layout."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from typing import Any

import pytest

from summarizer.errors import InputError
from summarizer.labels import labels, supported
from summarizer.render import display_width, render, render_quotes, render_verification, wrap
from summarizer.summary import (
    EngineInfo,
    Failure,
    Point,
    QuoteRef,
    SourceInfo,
    Summary,
    Verification,
    loads,
)

LIN = "What NATO should do is self-reflection, not arbitrary smear and attack China"
SOURCE = SourceInfo("China urges NATO", "en", "ab" * 32, "seed.txt")


def summary(lang: str = "en", *points: Point, **changes: Any) -> Summary:
    """A small verified summary in `lang`, one quote point unless `points` are given."""
    said = labels(lang).said.replace("{speaker}", "Lin Jian").replace("{quote}", f"“{LIN}”")
    default = (Point(said, "Lin Jian", (QuoteRef(LIN, None, 10, 20),)),)
    base = Summary(
        lang=lang,
        source=SOURCE,
        engine=EngineInfo("extract"),
        headline="China urges NATO",
        points=points or default,
        verification=Verification(ok=True, checked=3),
        notice=labels(lang).notice_untranslated,
    )
    return replace(base, **changes)


def test_chinese_text_has_chinese_labels_and_the_verbatim_quote() -> None:
    out = render(summary("zh"), "text")
    assert "要点" in out and "来源：China urges NATO" in out
    assert "已核实：共检查 3 处引语，全部在原文中找到" in out
    assert "未配置模型" in out
    assert " ".join(out.split()).count("not arbitrary smear and attack China") == 1


def test_english_text_reports_verification_as_a_reader_reads_it() -> None:
    out = render(summary("en"), "text")
    assert "Key points" in out and "Source: China urges NATO — seed.txt (en)" in out
    assert "Verified: 3 quotes checked, all found in the source" in out
    one = render(summary("en", verification=Verification(ok=True, checked=1)), "text")
    assert "Verified: 1 quote checked, found in the source" in one


def test_failures_are_listed_with_kind_detail_and_closest_span() -> None:
    miss = Failure("not_found", "quote not in the source", 0, 0, "What NATO should", 0.71)
    warn = Failure("loaded_word", "“slams” is loaded", 0, None, severity="warning")
    failed = summary("en", verification=Verification(ok=False, checked=1, failures=(miss, warn)))
    out = render(failed, "text")
    assert "Verification failed (quotes checked: 1). Problems:" in out
    assert "  - not_found: quote not in the source (#1.1); closest in the source: " in out
    assert "(0.71)" in out and "Warnings:" in out and "loaded_word" in out
    assert "Verified:" not in out
    assert "not_found" in render_verification(failed, "text")


def test_json_round_trips_through_the_contract() -> None:
    original = summary("ja")
    assert loads(render(original, "json")) == original


def test_text_fits_an_80_column_terminal() -> None:
    for lang in ("en", "zh", "ja", "ar"):
        for line in render(summary(lang), "text").splitlines():
            assert display_width(line) <= 80, line


def test_cjk_wrapping_counts_double_width_and_keeps_punctuation_attached() -> None:
    lines = wrap("据文章报道，" * 20, width=30)
    assert all(display_width(line) <= 30 for line in lines)
    assert not any(line.startswith("，") for line in lines)
    assert "".join(lines) == "据文章报道，" * 20


def test_cross_language_quote_shows_translation_and_original() -> None:
    point = Point(
        "林剑表示，“北约应该做的是自我反省”。",
        "Lin Jian",
        (QuoteRef(LIN, "北约应该做的是自我反省", 10, 20),),
    )
    s = summary("zh", point)
    out = render(s, "text")
    assert "    原文：“What NATO should do" in out
    html = render(s, "html")
    assert '<q lang="en" dir="auto">What NATO should do' in html
    assert "<blockquote><p>北约应该做的是自我反省</p>" in html


def test_point_without_speaker_is_credited_to_the_article_never_a_person() -> None:
    s = summary("en", Point("The talks resumed on Tuesday.", None, ()))
    assert " 1. The talks resumed on Tuesday. — according to the article" in render(s, "text")
    zh = summary("zh", Point("会谈于周二恢复。", None, ()))
    assert "会谈于周二恢复。 — 据文章报道" in render(zh, "text")
    lead = labels("en").lead.replace("{quote}", "“The talks resumed.”")
    assert "— according" not in render(summary("en", Point(lead, None, ())), "text")


def test_html_is_a_standalone_escaped_document() -> None:
    hostile = "<script>alert(1)</script>"
    s = summary("en", Point(f"Lin Jian said: “{hostile}”", "Lin Jian", ()), headline=hostile)
    html = render(s, "html")
    assert html.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in html and '<html lang="en" dir="ltr">' in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Verified: 3 quotes checked" in html


def test_arabic_html_is_right_to_left() -> None:
    html = render(summary("ar"), "html")
    assert '<html lang="ar" dir="rtl">' in html and "النقاط الرئيسية" in html


def test_markdown_has_headings_and_escapes_markup() -> None:
    out = render(summary("de", headline="<b>Nato</b> *warnt*"), "markdown")
    assert out.startswith("# \\<b\\>Nato\\</b\\> \\*warnt\\*\n")
    assert "## Kernpunkte" in out and "Lin Jian sagte:" in out


def test_unknown_format_is_a_one_line_input_error() -> None:
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        render(summary(), "pdf")


def test_every_reader_language_has_complete_labels() -> None:
    assert set(supported()) >= {"en", "zh", "zh-Hant", "es", "fr", "de", "ja", "ru", "ar"}
    for lang in supported():
        words = labels(lang)
        assert "{quote}" in words.lead and "{speaker}" in words.said, lang
        assert words.notice_untranslated != words.notice_extractive
        assert "OPENAI_API_KEY" in words.notice_untranslated and words.marks
    assert labels("zh-Hans") == labels("zh") and labels("zh-TW") == labels("zh-Hant")
    assert labels("xx") == labels("en")


def test_quotes_listing_is_json_objects_with_offsets() -> None:
    from summarizer.attribution.find import Quote

    quotes = (Quote(LIN, 5, 5 + len(LIN), "Lin Jian", "stated", confidence="high"),)
    data = json.loads(render_quotes(quotes, "json"))
    assert data[0]["speaker"] == "Lin Jian" and data[0]["start"] == 5
    assert render_quotes(quotes, "text").startswith(f"5-{5 + len(LIN)}\tLin Jian\t")


def test_quotes_listing_marks_a_guessed_speaker() -> None:
    from summarizer.attribution.find import Quote

    guessed = Quote(LIN, 5, 5 + len(LIN), "Lin Jian", "said", mention="he", basis="pronoun")
    nobody = Quote(LIN, 5, 5 + len(LIN), None, None)
    lines = render_quotes((guessed, nobody), "text").splitlines()
    assert [line.split("\t")[1] for line in lines] == ["Lin Jian?", "?"]


def test_text_and_json_rendering_do_not_import_jinja2() -> None:
    code = (
        "import sys; from summarizer import render, summary; "
        "s = summary.loads(sys.stdin.read()); "
        "print(render.render(s, 'text')); print(render.render(s, 'json')); "
        "assert 'jinja2' not in sys.modules, 'jinja2 imported'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=summary("en").to_json(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Key points" in done.stdout and '"schema": "summarizer/summary@1"' in done.stdout


def test_an_article_without_a_title_is_named_by_its_file_alone() -> None:
    untitled = replace(summary("en"), source=replace(summary("en").source, title=""))
    out = render(untitled, "text")
    assert "Source: seed.txt (en)" in out and "Source:  —" not in out
