"""The digest email as a reader's mail program sees it: parts, headers, escaping, size, looks."""

from __future__ import annotations

import asyncio
import email.policy
import re
import subprocess
from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from functools import cache
from hashlib import sha256
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from summarizer import source
from summarizer.digest import mail
from summarizer.digest.headers import Envelope, fields, message_id
from summarizer.digest.mail import Entry, Letter, compose, html_part
from summarizer.digest.readers import Address
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.errors import ConfigurationError
from summarizer.lang import SUPPORTED
from summarizer.pipeline import summarize
from summarizer.summary import (
    EngineInfo,
    Failure,
    Point,
    QuoteRef,
    SourceInfo,
    Summary,
    Verification,
)

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
CHROMIUM = Path("/usr/bin/chromium")
DATE = datetime(2024, 5, 1, 7, 30, tzinfo=timezone.utc)
SENDER = Address("briefing@example.org", "新闻简报 Desk")
READER = Address("li@example.org", "李雷")
LONG = " ".join(["The committee heard hours of testimony about budgets and schedules."] * 5)


@cache
def real(name: str, reader: str) -> Entry:
    """A real article from tests/data, summarized and verified by the extract engine."""
    article = source.load(str(next((ARTICLES / name).glob("article.*"))))
    request = Request(lang=reader, length="short")
    summary = asyncio.run(summarize(article, ExtractEngine(), request))
    return Entry(article.title, f"Outlet {name[:5]}", f"https://news.example.org/{name}", summary)


def made(lang: str, *points: Point, **changes: Any) -> Summary:
    """A hand-made summary in `lang` of a German article."""
    base = Summary(
        lang=lang,
        source=SourceInfo("Haushalt", "de", "ab" * 32, "https://zeitung.example.de/a"),
        engine=EngineInfo("openai", "gpt-4o-mini"),
        headline="Budget talks resume",
        points=points or (Point("Talks resumed on Monday.", None),),
        verification=Verification(ok=True, checked=1),
    )
    return replace(base, **changes)


def envelope(unsubscribe: str | None = None) -> Envelope:
    mid = message_id("2024-05-01", "zh", READER.address, SENDER.address)
    return Envelope(SENDER, READER, mid, unsubscribe)


def letter(lang: str, *entries: Entry, extra: tuple[Entry, ...] = ()) -> Letter:
    return Letter("早间简报", lang, DATE, entries, extra)


def zh_letter() -> Letter:
    names = ("seed-blitz-china-nato", "zh-01-leung-chun-ying-illegal-structures")
    extra = (Entry("Storm delays travel", "Wire", "https://wire.example.com/storm"),)
    return letter("zh", *(real(n, "zh") for n in names), extra=extra)


def parse(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def bodies(raw: bytes) -> tuple[str, str]:
    """The decoded text/plain and text/html parts."""
    message = parse(raw)
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def squash(text: str) -> str:
    """`text` without any whitespace, so that wrapped lines compare equal to the original."""
    return "".join(text.split())


class Tags(HTMLParser):
    """Every start tag with its attributes, and the page's visible text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def test_message_is_text_then_html_alternatives_with_crlf_lines() -> None:
    raw = compose(zh_letter(), envelope())
    message = parse(raw)
    assert message.get_content_type() == "multipart/alternative"
    types = [part.get_content_type() for part in message.iter_parts()]
    assert types == ["text/plain", "text/html"]
    assert all(part.get_content_charset() == "utf-8" for part in message.iter_parts())
    assert raw.count(b"\n") == raw.count(b"\r\n") > 20
    assert message["MIME-Version"] == "1.0"


def test_both_parts_show_headlines_attributed_points_quotes_and_links() -> None:
    digest = zh_letter()
    text, html = bodies(compose(digest, envelope()))
    shown = squash(" ".join(Tags(html).text))
    hrefs = {a["href"] for a in Tags(html).named("a")}
    for entry in digest.entries:
        assert entry.summary is not None
        assert squash(entry.summary.headline) in squash(text) and entry.link in text
        assert squash(entry.summary.headline) in shown and entry.link in hrefs
        for point in entry.summary.points:
            assert squash(point.text) in squash(text) and squash(point.text) in shown
            for quote in point.quotes:
                assert squash(quote.source_text) in shown
    assert "Lin Jian" in text and "据文章报道" in shown
    assert "更多文章" in text and squash("Storm delays travel") in shown
    assert "https://wire.example.com/storm" in hrefs and "https://wire.example.com/storm" in text


def test_headers_name_sender_reader_date_identity_and_unsubscribe() -> None:
    digest = zh_letter()
    raw = compose(digest, envelope("https://example.org/leave?u=li"))
    head = raw.split(b"\r\n\r\n")[0]
    assert head.isascii(), "non-ASCII header text must be RFC 2047 encoded"
    message = parse(raw)
    first = digest.entries[0].summary
    assert first is not None
    assert message["Subject"] == f"早间简报 · 2024年5月1日：{first.headline}（另有 2 篇）"
    assert message["From"].addresses[0].display_name == "新闻简报 Desk"
    assert message["From"].addresses[0].addr_spec == "briefing@example.org"
    assert message["To"].addresses[0].display_name == "李雷"
    assert parsedate_to_datetime(message["Date"]) == DATE
    assert message["Message-ID"] == envelope().message_id
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe"] == "<https://example.org/leave?u=li>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    by_mail = parse(compose(digest, envelope("mailto:leave@example.org")))
    assert by_mail["List-Unsubscribe"] == "<mailto:leave@example.org>"
    assert by_mail["List-Unsubscribe-Post"] is None
    assert parse(compose(digest, envelope()))["List-Unsubscribe"] is None


def test_message_id_is_stable_per_reader_in_the_senders_domain() -> None:
    one = message_id("2024-05-01", "zh", "Li@Example.org", "briefing@Example.org")
    hashed = sha256(b"li@example.org").hexdigest()[:16]
    assert one == f"<digest.2024-05-01.zh.{hashed}@example.org>"
    assert one == message_id("2024-05-01", "zh", "li@example.org", "briefing@example.org")
    assert one != message_id("2024-05-01", "zh", "ann@example.org", "briefing@example.org")
    assert one != message_id("2024-05-02", "zh", "li@example.org", "briefing@example.org")
    with pytest.raises(ConfigurationError, match="no domain"):
        message_id("2024-05-01", "zh", "li@example.org", "briefing")


def test_a_title_cannot_inject_a_header() -> None:
    evil = Entry("Story\r\nX-Evil: 1", "Wire", "https://wire.example.com/1", error="timeout")
    digest = Letter("Hi\r\nBcc: x@evil", "en", DATE, (evil,))
    message = parse(compose(digest, envelope()))
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["Subject"] == "Hi Bcc: x@evil · 2024-05-01: Story X-Evil: 1"
    assert {k.lower() for k in message} >= {"subject", "from", "to", "date", "message-id"}


def test_article_text_cannot_inject_html() -> None:
    point = Point(
        "<script>alert(1)</script> was posted, officials said.",
        "<b>Officials</b>",
        (QuoteRef("<img src=x onerror=alert(2)>", "<img src=x onerror=alert(3)>"),),
    )
    entry = Entry("Scripted", "Wire", "javascript:alert(4)", made("en", point))
    html = bodies(compose(letter("en", entry), envelope()))[1]
    tags = Tags(html)
    assert not tags.named("script") and not tags.named("img") and not tags.named("b")
    shown = "".join(tags.text)
    assert "<script>alert(1)</script> was posted" in shown
    assert "<img src=x onerror=alert(3)>" in shown and "<b>Officials</b>" in shown
    assert "&lt;script&gt;" in html and "<script" not in html.lower()
    assert all(not (a.get("href") or "").startswith("javascript") for a in tags.named("a"))
    assert "javascript:alert(4)" in shown


def test_css_is_inlined_and_the_page_reads_on_a_phone() -> None:
    html = bodies(compose(zh_letter(), envelope()))[1]
    tags = Tags(html)
    assert not tags.named("style") and not tags.named("link") and not tags.named("img")
    for tag in ("body", "h1", "h2", "ul", "p"):
        assert tags.named(tag) and all(attrs.get("style") for attrs in tags.named(tag)), tag
    points = [li for li in tags.named("li") if li.get("class") == "point"]
    assert points and all("margin" in (li.get("style") or "") for li in points)
    assert "max-width: 640px" in (tags.named("div")[0].get("style") or "")
    sizes = [int(px) for px in re.findall(r"font-size: (\d+)px", html)]
    assert sizes and min(sizes) >= 15
    assert any(m.get("name") == "viewport" for m in tags.named("meta"))
    assert tags.named("html")[0] == {"lang": "zh", "dir": "ltr"}
    assert "src=" not in html and "url(" not in html


def test_translated_quote_is_shown_beside_its_original() -> None:
    quote = QuoteRef("ein Schritt nach vorn", "a step forward", 3, 24)
    point = Point("Scholz called the plan “a step forward”.", "Olaf Scholz", (quote,))
    entry = Entry("Haushalt", "Zeitung", "https://zeitung.example.de/a", made("en", point))
    text, html = bodies(compose(letter("en", entry), envelope()))
    assert "“a step forward” — Original: “ein Schritt nach vorn”" in text
    assert "Scholz called the plan “a step forward”. — Olaf Scholz" in text
    spans = [s for s in Tags(html).named("span") if s.get("lang") == "de"]
    assert len(spans) == 1
    assert re.search(r"“a step forward” <span[^>]*>— Original: <span lang=\"de\"", html)


def test_removed_claims_and_notices_are_marked_visibly() -> None:
    gone = (Failure("quote_not_found", "x", 1), Failure("wrong_speaker", "y", 2))
    checked = Verification(ok=True, checked=1, removed=gone)
    two = Entry("Haushalt", "Zeitung", "https://z.example.de/1", made("en", verification=checked))
    one = Entry(
        "Haushalt",
        "Zeitung",
        "https://z.example.de/2",
        made("en", verification=replace(checked, removed=gone[:1]), notice="Partly machine-made."),
    )
    text, html = bodies(compose(letter("en", two, one), envelope()))
    for part in (text, html):
        assert "⚠ 2 claims removed by verification" in part
        assert "⚠ 1 claim removed by verification" in part
        assert part.count("Partly machine-made.") == 1
    zh = bodies(
        compose(letter("zh", replace(two, summary=made("zh", verification=checked))), envelope())
    )
    assert "⚠ 核实时删除了 2 处内容" in zh[0] and "⚠ 核实时删除了 2 处内容" in zh[1]


def test_a_notice_every_summary_shares_is_shown_once() -> None:
    entries = [real(n, "zh") for n in ("seed-blitz-china-nato", "ru-01-klimkin-gas-transit-talks")]
    text, html = bodies(compose(letter("zh", *entries), envelope()))
    assert entries[0].summary is not None and entries[0].summary.notice is not None
    assert entries[0].summary.notice == (entries[1].summary and entries[1].summary.notice)
    assert squash(text).count(squash(entries[0].summary.notice)) == 1
    assert html.count(entries[0].summary.notice) == 1


def test_failed_article_is_listed_with_its_link_and_reason() -> None:
    failed = Entry(
        "Server down", "Wire", "https://wire.example.com/down", error="HTTP 503 from host"
    )
    text, html = bodies(compose(letter("en", failed), envelope()))
    assert "⚠ Could not be summarized: HTTP 503 from host" in text
    assert "https://wire.example.com/down" in text and "Server down" in text
    assert "⚠ Could not be summarized: HTTP 503 from host" in html
    assert {a["href"] for a in Tags(html).named("a")} == {"https://wire.example.com/down"}


def test_arabic_digest_reads_right_to_left() -> None:
    entry = real("ar-01-syria-rebels-seize-arms-depots", "ar")
    extra = (Entry("Storm", "Wire", "https://wire.example.com/storm"),)
    message = parse(compose(letter("ar", entry, extra=extra), envelope()))
    html = bodies(compose(letter("ar", entry, extra=extra), envelope()))[1]
    assert Tags(html).named("html")[0] == {"lang": "ar", "dir": "rtl"}
    assert "padding-right: 22px" in html and "padding-left: 22px" not in html
    assert "مقالات أخرى" in html and "(و1 أخرى)" in message["Subject"]


def test_every_reader_language_has_its_own_digest_wording() -> None:
    extra = (Entry("Storm", "Wire", "https://wire.example.com/storm"),)
    english = bodies(compose(letter("en", extra=extra), envelope()))[0]
    for lang in SUPPORTED:
        text = bodies(compose(letter(lang, extra=extra), envelope()))[0]
        assert (text == english) == (lang == "en"), lang
    assert bodies(compose(letter("pt-BR", extra=extra), envelope()))[0] == english


def many(count: int) -> list[Entry]:
    """`count` long English articles with distinct links."""
    points = tuple(Point(f"Point {j}: {LONG}", f"Speaker {j}") for j in range(5))
    return [
        Entry(
            f"Story {i}",
            "Wire",
            f"https://news.example.org/2024/05/01/story-{i:03d}",
            made("en", *points, headline=f"Headline number {i} about the budget"),
        )
        for i in range(count)
    ]


def test_size_limit_keeps_as_many_full_articles_as_fit_and_every_link() -> None:
    entries = many(200)
    raw = compose(letter("en", *entries), envelope(), max_bytes=100_000)
    assert len(raw) <= 100_000
    text, html = bodies(raw)
    hrefs = {a["href"] for a in Tags(html).named("a")}
    assert all(e.link in hrefs and e.link in text for e in entries)
    full = html.count('class="article"')
    assert 5 < full < 200
    assert "More articles" in text and "Headline number 199 about the budget" in text
    one_more = letter("en", *entries[: full + 1], extra=tuple(entries[full + 1 :]))
    assert len(compose(one_more, envelope(), max_bytes=10**9)) > 100_000
    exact = letter("en", *entries[:full], extra=tuple(entries[full:]))
    assert compose(exact, envelope(), max_bytes=10**9) == raw


def test_links_are_cut_with_a_count_when_even_they_do_not_fit() -> None:
    entries = many(600)
    raw = compose(letter("en", *entries), envelope(), max_bytes=40_000)
    assert len(raw) <= 40_000
    text, html = bodies(raw)
    listed = sum(e.link in text for e in entries)
    assert 10 < listed < 600 and 'class="article"' not in html
    assert f"… and {600 - listed} more" in text and f"… and {600 - listed} more" in html
    assert all(e.link in text for e in entries[:listed])


def test_a_limit_too_small_for_any_digest_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="email_bytes = 800 is too small"):
        compose(letter("en", *many(3)), envelope(), max_bytes=800)


def test_an_invalid_address_is_a_configuration_error() -> None:
    bad = Envelope(SENDER, Address("li at example.org"), "<x@example.org>")
    with pytest.raises(ConfigurationError, match=r"'li at example\.org' is not valid"):
        compose(letter("en"), bad)


def test_chromium_renders_the_digest_on_a_phone_screen(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: `make test` installs it")
    page, png = tmp_path / "digest.html", tmp_path / "digest.png"
    page.write_text(html_part(zh_letter()), encoding="utf-8")
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
         "--window-size=420,1600", f"--screenshot={png}", page.as_uri()],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert png.exists(), "chromium wrote no screenshot"
    with Image.open(png) as shot:
        assert shot.size == (420, 1600)
        pixels = list(shot.convert("L").tobytes())
    assert Counter(pixels).most_common(1)[0][1] < 0.97 * len(pixels), "the page is blank"
    assert sum(p < 90 for p in pixels) > 2000, "no dark text on the page"


@pytest.mark.parametrize("count", [1, 30, 200])
def test_each_articles_share_is_measured_so_two_renders_size_the_email(count: int) -> None:
    entries = many(count)
    base, items, links = mail._layout(letter("en", *entries))
    headers = fields(envelope(), base.subject, DATE)
    measured = mail._measure(base, items, links, headers)
    assert measured is not None
    for shown in sorted({0, count // 2, count - 1}):
        real = len(mail._message(mail._cut(base, items, links, shown, None), headers))
        assert measured.size(shown) == pytest.approx(real, abs=1)
