"""The digest's intake: folders, RSS/Atom feeds over real HTTP with conditional GET, URL lists."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from summarizer.digest.config import SourceSpec
from summarizer.digest.feeds import Found, Item, SourceFailure, canonical_url, discover
from summarizer.digest.ledger import FeedState
from summarizer.source.fetch import USER_AGENT
from summarizer.source.policy import Policy
from tests.feedserver import FEEDS, FeedServer, Page

ARTICLES = Path(__file__).parent / "data" / "articles"
LAST_MODIFIED = "Tue, 05 Mar 2024 00:30:00 GMT"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A feed server on 127.0.0.1 for one test."""
    with FeedServer() as running:
        yield running


def _utc(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> float:
    return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc).timestamp()


def _feed(url: str, outlet: str | None = None) -> SourceSpec:
    return SourceSpec("feed", url, outlet)


def _url_file(tmp_path: Path, text: str, name: str = "urls.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rss_entries_become_items_with_links_titles_outlet_and_dates(server: FeedServer) -> None:
    url = server.serve_file("/rss.xml", "rss.xml")

    found = discover([_feed(url)], FeedState)

    assert found.failures == ()
    assert found.items == (
        Item(
            "https://www.news.example.cn/world/2024-03/05/c_1130.htm?utm_source=rss&utm_medium=feed",
            "https://www.news.example.cn/world/2024-03/05/c_1130.htm",
            "外交部：中方坚决反对任何形式的“脱钩断链”",
            "新华网 国际频道",
            _utc(2024, 3, 5, 0, 0),
            from_feed=True,
        ),
        Item(
            "https://www.news.example.cn/politics/2024-03/05/c_1131.htm",
            "https://www.news.example.cn/politics/2024-03/05/c_1131.htm",
            "两会观察： 政府工作报告 提出今年经济增长目标 约为5%",
            "新华网 国际频道",
            _utc(2024, 3, 5, 2, 15, 30),
            from_feed=True,
        ),
        Item(
            "https://www.news.example.cn/english/2024-03/04/c_1129.htm#comments",
            "https://www.news.example.cn/english/2024-03/04/c_1129.htm",
            "Xinhua Headlines: Chinese scientists & the “quantum leap”",
            "新华网 国际频道",
            None,
            from_feed=True,
        ),
    )
    assert server.seen[0].headers["User-Agent"] == USER_AGENT


def test_atom_entries_resolve_relative_links_and_take_the_configured_outlet(
    server: FeedServer,
) -> None:
    url = server.serve_file("/feeds/cna/atom.xml", "atom.xml")

    found = discover([_feed(url, outlet="CNA 中央社")], FeedState)

    assert [(i.link, i.title, i.outlet, i.published) for i in found.items] == [
        (
            server.url("/feeds/cna/news/aipl/202403050001.aspx"),
            "立法院三讀通過《反滲透法》修正草案",
            "CNA 中央社",
            _utc(2024, 3, 5, 0, 45),
        ),
        (
            "https://www.cna.example.tw/news/aipl/202403040002.aspx",
            "蔡英文：兩岸關係 維持現狀",
            "CNA 中央社",
            _utc(2024, 3, 4, 21, 10),
        ),
    ]


def test_relative_links_resolve_against_the_feed_a_redirect_led_to(server: FeedServer) -> None:
    server.serve_file("/feeds/cna/atom.xml", "atom.xml")
    server.pages["/old-feed"] = Page(status=301, location=server.url("/feeds/cna/atom.xml"))

    found = discover([_feed(server.url("/old-feed"))], FeedState)

    assert found.items[0].link == server.url("/feeds/cna/news/aipl/202403050001.aspx")
    assert found.items[0].outlet == "中央社 即時新聞"


def test_a_feed_without_a_title_is_named_after_its_host(server: FeedServer) -> None:
    url = server.serve_file("/notitle.xml", "notitle.xml")

    found = discover([_feed(url)], FeedState)

    assert [(i.title, i.outlet) for i in found.items] == [
        ("Storm disrupts Thanksgiving travel", "127.0.0.1")
    ]


def test_conditional_get_sends_the_saved_validators_and_304_lists_nothing(
    server: FeedServer,
) -> None:
    url = server.serve_file("/rss.xml", "rss.xml", etag='"v1"', last_modified=LAST_MODIFIED)
    first = discover([_feed(url)], FeedState)
    assert first.feeds == (FeedState(url, '"v1"', LAST_MODIFIED),)
    assert "If-None-Match" not in server.seen[0].headers
    saved = {state.url: state for state in first.feeds}

    second = discover([_feed(url)], saved.__getitem__)

    assert server.seen[1].headers["If-None-Match"] == '"v1"'
    assert server.seen[1].headers["If-Modified-Since"] == LAST_MODIFIED
    assert second == Found(items=(), feeds=first.feeds, failures=())


def test_a_changed_feed_lists_its_items_again_with_new_validators(server: FeedServer) -> None:
    url = server.serve_file("/rss.xml", "rss.xml", etag='"v2"')
    old = FeedState(url, '"v1"', LAST_MODIFIED)

    found = discover([_feed(url)], lambda _: old)

    assert server.seen[0].headers["If-None-Match"] == '"v1"'
    assert len(found.items) == 3
    assert found.feeds == (FeedState(url, '"v2"', None),)


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (None, "could not fetch feed: HTTP 404 Not Found"),
        (Page(b"oops", "text/plain", status=503), "could not fetch feed: HTTP 503"),
        (
            Page((FEEDS / "page.html").read_bytes(), "text/html; charset=utf-8"),
            "the URL does not serve an RSS or Atom feed (it sent text/html)",
        ),
        (
            Page(b"\x00\x01 not xml", "application/octet-stream"),
            "the URL does not serve an RSS or Atom feed (it sent application/octet-stream)",
        ),
        (Page(b" " * 10_000_001), "the feed is larger than 10 MB"),
        (Page(b" " * 10_000_001, announce_length=False), "the feed is larger than 10 MB"),
        (Page((FEEDS / "rss.xml").read_bytes(), delay=1.0), "could not fetch feed: timed out"),
    ],
    ids=["404", "503", "html", "binary", "too-large", "too-large-unannounced", "timeout"],
)
def test_an_unusable_feed_is_a_failure_with_a_readable_reason(
    server: FeedServer, page: Page | None, reason: str
) -> None:
    if page is not None:
        server.pages["/feed.xml"] = page
    url = server.url("/feed.xml")

    # Only the slow page may run out of time; the others get a deadline a busy machine meets.
    deadline = 0.3 if page is not None and page.delay else 30.0
    found = discover([_feed(url)], FeedState, policy=Policy(deadline=deadline))

    assert found.items == () and found.feeds == ()
    assert [f.location for f in found.failures] == [url]
    assert found.failures[0].reason.startswith(reason)


def test_a_refused_connection_is_a_failure(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/rss.xml"

    found = discover([_feed(url)], FeedState)

    assert found.failures == (SourceFailure(url, "could not fetch feed: Connection refused"),)


def test_a_feed_must_be_an_http_url(tmp_path: Path) -> None:
    local = (FEEDS / "rss.xml").as_uri()

    found = discover([_feed(local)], FeedState)

    assert found.items == ()
    assert found.failures == (SourceFailure(local, "a feed must be an http:// or https:// URL"),)


def test_a_failing_source_does_not_stop_the_others(server: FeedServer, tmp_path: Path) -> None:
    urls = _url_file(tmp_path, "https://example.org/a\n")
    sources = [_feed(server.url("/gone.xml")), SourceSpec("urls", str(urls))]

    found = discover(sources, FeedState)

    assert [i.link for i in found.items] == ["https://example.org/a"]
    assert [f.location for f in found.failures] == [server.url("/gone.xml")]


def test_url_list_skips_comments_and_blanks_and_reports_bad_lines(tmp_path: Path) -> None:
    path = _url_file(
        tmp_path,
        "# Morning reads\n"
        "https://www.reuters.example.com/world/us/story-1/?utm_campaign=x\n"
        "\n"
        "   https://apnews.example.com/article/abc#top   \n"
        "ftp://files.example.com/a.txt\n"
        "  # indented comment\n"
        "http://example.org/with space\n"
        "https://www.bbc.example.co.uk/news/world-123\n",
    )

    found = discover([SourceSpec("urls", str(path))], FeedState)

    assert found.items == (
        Item(
            "https://www.reuters.example.com/world/us/story-1/?utm_campaign=x",
            "https://www.reuters.example.com/world/us/story-1",
            None,
            "reuters.example.com",
        ),
        Item(
            "https://apnews.example.com/article/abc#top",
            "https://apnews.example.com/article/abc",
            None,
            "apnews.example.com",
        ),
        Item(
            "https://www.bbc.example.co.uk/news/world-123",
            "https://www.bbc.example.co.uk/news/world-123",
            None,
            "bbc.example.co.uk",
        ),
    )
    assert [f.location for f in found.failures] == [str(path), str(path)]
    assert found.failures[0].reason.startswith("line 5: 'ftp://files.example.com/a.txt' is not")
    assert found.failures[1].reason.startswith("line 7: 'http://example.org/with space' is not")


def test_url_list_outlet_comes_from_the_config_when_given(tmp_path: Path) -> None:
    path = _url_file(tmp_path, "https://a.example.com/1\nhttps://b.example.com/2\n")

    found = discover([SourceSpec("urls", str(path), "Reading list")], FeedState)

    assert [i.outlet for i in found.items] == ["Reading list", "Reading list"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "no such file"), (b"https://example.org/caf\xe9\n", "not UTF-8 text")],
)
def test_an_unreadable_url_list_is_a_failure(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "urls.txt"
    if content is not None:
        path.write_bytes(content)

    found = discover([SourceSpec("urls", str(path))], FeedState)

    assert found.items == ()
    assert [(f.location, f.reason.split(";")[0]) for f in found.failures] == [(str(path), reason)]


def _newsroom(tmp_path: Path) -> Path:
    folder = tmp_path / "newsroom"
    folder.mkdir()
    shutil.copy(
        ARTICLES / "en-01-scotus-alito-vs-prelogar" / "article.txt", folder / "b-scotus.txt"
    )
    shutil.copy(
        ARTICLES / "html-01-reuters-parasite-sag-awards" / "article.html", folder / "a.html"
    )
    shutil.copy(
        ARTICLES / "zh-01-leung-chun-ying-illegal-structures" / "article.txt", folder / "c.TXT"
    )
    (folder / ".draft.txt").write_text("hidden")
    (folder / "notes.json").write_text("{}")
    (folder / "d-folder.txt").mkdir()
    (folder / "d-folder.txt" / "inner.txt").write_text("not directly in the folder")
    for number, name in enumerate(["a.html", "b-scotus.txt", "c.TXT"]):
        os.utime(folder / name, (1_700_000_000 + number, 1_700_000_000 + number))
    return folder


def test_folder_lists_article_files_sorted_by_name(tmp_path: Path) -> None:
    folder = _newsroom(tmp_path)

    found = discover([SourceSpec("folder", str(folder))], FeedState)

    assert found.failures == ()
    assert found.items == tuple(
        Item(
            str(folder / name),
            f"file://{folder / name}",
            None,
            "newsroom",
            1_700_000_000 + n,
            shown=name,
        )
        for n, name in enumerate(["a.html", "b-scotus.txt", "c.TXT"])
    )


def test_folder_outlet_comes_from_the_config_when_given(tmp_path: Path) -> None:
    folder = _newsroom(tmp_path)

    found = discover([SourceSpec("folder", str(folder), "Desk")], FeedState)

    assert {i.outlet for i in found.items} == {"Desk"}


def test_a_missing_folder_is_a_failure(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere")

    found = discover([SourceSpec("folder", missing)], FeedState)

    assert found.items == ()
    assert [f.location for f in found.failures] == [missing]
    assert found.failures[0].reason.startswith("no such folder")


def test_since_drops_older_dated_items_and_keeps_undated_ones(
    server: FeedServer, tmp_path: Path
) -> None:
    url = server.serve_file("/rss.xml", "rss.xml")
    folder = _newsroom(tmp_path)
    os.utime(folder / "c.TXT", (_utc(2024, 3, 6, 0, 0), _utc(2024, 3, 6, 0, 0)))
    sources = [_feed(url), SourceSpec("folder", str(folder))]

    found = discover(sources, FeedState, since=_utc(2024, 3, 5, 1, 0))

    assert [i.link.rsplit("/", 1)[-1] for i in found.items] == [
        "c_1131.htm",
        "c_1129.htm#comments",
        "c.TXT",
    ]


def test_duplicates_across_sources_collapse_to_the_first(
    server: FeedServer, tmp_path: Path
) -> None:
    url = server.serve_file("/rss.xml", "rss.xml")
    folder = _newsroom(tmp_path)
    urls = _url_file(
        tmp_path,
        "HTTPS://WWW.NEWS.EXAMPLE.CN/world/2024-03/05/c_1130.htm?fbclid=abc\n"
        "https://example.org/only-here\n"
        "https://example.org/only-here/\n",
    )
    sources = [
        SourceSpec("folder", str(folder)),
        SourceSpec("urls", str(urls)),
        _feed(url),
        SourceSpec("folder", str(folder), "Again"),
    ]

    found = discover(sources, FeedState)

    assert [(i.link.rsplit("/", 1)[-1], i.outlet) for i in found.items] == [
        ("a.html", "newsroom"),
        ("b-scotus.txt", "newsroom"),
        ("c.TXT", "newsroom"),
        ("c_1130.htm?fbclid=abc", "news.example.cn"),
        ("only-here", "example.org"),
        ("c_1131.htm", "新华网 国际频道"),
        ("c_1129.htm#comments", "新华网 国际频道"),
    ]


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&b=2&a=1#frag",
            "https://www.example.com/News/Story?a=1&b=2",
        ),
        ("http://Example.com:80", "http://example.com/"),
        ("http://example.com:8080/a/", "http://example.com:8080/a"),
        ("https://example.com/", "https://example.com/"),
        (
            "https://example.com/?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=rss&cmpid=5&ocid=6",
            "https://example.com/",
        ),
        ("https://example.com/a?UTM_Medium=x&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?referrer=x&refx=1", "https://example.com/a?referrer=x&refx=1"),
        (
            "https://example.com/s?q=%E6%96%B0%E9%97%BB&page=2",
            "https://example.com/s?page=2&q=%E6%96%B0%E9%97%BB",
        ),
        ("https://example.com/a?tag=b&tag=a&id=1", "https://example.com/a?id=1&tag=b&tag=a"),
        ("https://user@Example.com/x", "https://user@example.com/x"),
        ("https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"),
        ("file:///home/li/新闻/Story.TXT", "file:///home/li/新闻/Story.TXT"),
        ("FILE:///tmp/a.txt", "file:///tmp/a.txt"),
        ("http://[broken", "http://[broken"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_folder_files_with_hash_or_question_mark_in_their_names_stay_distinct(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "issues"
    folder.mkdir()
    for name in ("Issue #1.txt", "Issue #2.txt", "x?utm_source=a.txt"):
        (folder / name).write_text("text", encoding="utf-8")

    found = discover([SourceSpec("folder", str(folder))], FeedState)

    assert len({i.canonical for i in found.items}) == 3
    assert [Path(i.link).name for i in found.items] == [
        "Issue #1.txt",
        "Issue #2.txt",
        "x?utm_source=a.txt",
    ]
