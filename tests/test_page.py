"""The evidence page as a reader meets it: in a real browser, offline, in CJK and RTL."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "examples" / "seed-blitz-china-nato.txt")
SUMMARY = ROOT / "examples" / "seed-summary.zh.json"
AR = str(ROOT / "golden" / "ar-01-syria-rebels-seize-arms-depots" / "article.txt")
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def show(tmp_path: Path, summary: Path, article: str) -> tuple[int, str]:
    """`summarize show` to tmp_path/page.html: (exit code, the page)."""
    out = tmp_path / "page.html"
    code = main(["show", str(summary), "--source", article, "--out", str(out)])
    return code, out.read_text(encoding="utf-8") if out.exists() else ""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright (no browser download)."""
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


def in_view(locator: Any) -> bool:
    """Whether the element is inside the window and inside its scrolling article column."""
    return bool(
        locator.evaluate(
            """e => { const r = e.getBoundingClientRect();
                     const c = e.closest('.article').getBoundingClientRect();
                     return r.top >= c.top && r.bottom <= c.bottom && r.bottom <= innerHeight; }"""
        )
    )


def test_clicking_a_point_highlights_its_english_evidence_and_scrolls_to_it(
    tmp_path: Path, browser: Any
) -> None:
    code, _ = show(tmp_path, SUMMARY, SEED)
    assert code == 0
    page = browser.new_page(viewport={"width": 1100, "height": 600})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((tmp_path / "page.html").as_uri())
    last = page.locator('.article [data-t~="p6"]').first
    assert not in_view(last) and page.locator(".on").count() == 0
    page.locator('li[data-go="p6"]').click()
    spans = page.locator('.article [data-t~="p6"]')
    assert spans.count() >= 2 and all(
        "on" in (spans.nth(i).get_attribute("class") or "") for i in range(spans.count())
    )
    assert in_view(spans.first)
    highlighted = page.locator(".article .ev.on").evaluate_all(
        "els => els.map(e => e.textContent).join('')"
    )
    assert "75th anniversary" in highlighted and "Stoltenberg emphasized" in highlighted
    assert page.locator(".article .num.on").all_inner_texts() == ["75"]
    assert set(page.locator(".article .name.on").all_inner_texts()) >= {"Washington", "NATO"}
    assert page.locator('li[data-go="p0"] .ev.on, .article [data-t~="p0"].on').count() == 0
    page.screenshot(path=str(tmp_path / "shot.png"))
    assert requests == [(tmp_path / "page.html").as_uri()]


def test_clicking_a_name_or_quote_marks_only_its_spans(tmp_path: Path, browser: Any) -> None:
    show(tmp_path, SUMMARY, SEED)
    page = browser.new_page(viewport={"width": 1100, "height": 700})
    page.goto((tmp_path / "page.html").as_uri())
    page.locator('button[data-go="n1-0"]').click()
    assert page.locator(".article .on").all_inner_texts() == ["Lin Jian"]
    page.locator('blockquote[data-go="q1-0"]').click()
    quoted = page.locator(".article .quote.on").evaluate_all(
        "els => els.map(e => e.textContent).join('')"
    )
    assert quoted.startswith("What NATO should do is self-reflection")
    assert page.locator(".article .on:not(.quote)").count() == 0


def test_a_point_from_before_evidence_shows_its_quotes(tmp_path: Path, browser: Any) -> None:
    legacy = ROOT / "golden" / "seed-blitz-china-nato" / "summary.zh.json"
    code, _ = show(tmp_path, legacy, SEED)
    assert code == 0
    page = browser.new_page(viewport={"width": 1100, "height": 700})
    page.goto((tmp_path / "page.html").as_uri())
    page.locator('li[data-go="p1"]').click()
    shown = page.locator(".article .on").evaluate_all("els => els.map(e => e.textContent).join('')")
    assert shown == "What NATO should do is self-reflection, not arbitrary smear and attack China"
    assert page.locator(".article .ev.on").count() == 0


def test_failures_and_warnings_are_marked_on_their_points(tmp_path: Path, browser: Any) -> None:
    data = json.loads(SUMMARY.read_text(encoding="utf-8"))
    data["points"][6]["text"] = data["points"][6]["text"].replace("75", "80")
    data["points"][0]["evidence"] = []
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _ = show(tmp_path, bad, SEED)
    assert code == 0
    page = browser.new_page()
    page.goto((tmp_path / "page.html").as_uri())
    assert "error" in (page.locator('li[data-go="p6"]').get_attribute("class") or "")
    assert "number_not_in_evidence" in page.locator('li[data-go="p6"] .finding').inner_text()
    assert "no_evidence" in page.locator('li[data-go="p0"] .finding.error').inner_text()
    assert page.locator(".status.failed").count() == 1
    bars = page.locator(".voice .bar span")
    assert bars.count() == 3 and bars.first.evaluate("e => e.style.width") == "52.9%"


def test_the_page_is_self_contained_and_right_to_left_for_arabic(tmp_path: Path) -> None:
    code, html = show(tmp_path, Path(AR).with_name("summary.zh.json"), AR)
    assert code == 0
    assert re.search(r'<section class="article" lang="ar" dir="rtl">', html)
    assert '<html lang="zh" dir="ltr">' in html
    assert not re.search(r"(?:src|href)=|@import|url\(|<link", html)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "missing.json", "--source", SEED], "no such file: missing.json"),
        (["show", str(SUMMARY)], "the following arguments are required: --source"),
    ],
)
def test_show_reports_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_summarize_format_html_is_the_evidence_page(tmp_path: Path) -> None:
    """A subprocess: Playwright's sync API keeps an event loop in this one."""
    out = tmp_path / "out.html"
    summarize = Path(sys.executable).with_name("summarize")
    argv = [SEED, "--lang", "en", "--engine", "extract", "--format", "html", "--out", str(out)]
    subprocess.run([str(summarize), *argv], check=True, capture_output=True, timeout=120)
    html = out.read_text(encoding="utf-8")
    assert '<section class="article" lang="en"' in html
    assert 'data-go="p0"' in html and 'data-t="p0' in html
