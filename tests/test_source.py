"""The input stage as a user meets it: every sample loads cleanly, bad inputs fail clearly."""

from __future__ import annotations

import codecs
import io
import json
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO, ClassVar

import pytest

from summarizer import source
from summarizer.errors import InputError
from summarizer.source.policy import Policy

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
SEED = ARTICLES / "seed-blitz-china-nato" / "article.txt"
HTML10 = ARTICLES / "html-10-hebei-xinhuanet-drama-tour-gb2312-zh" / "article.html"
QUOTE_MARKS = set("“”‘„«»「」『』")
PARAGRAPH = (
    "The city council met on Tuesday to discuss the new budget for public transport. "
    "Members reviewed spending on buses, trams and cycle lanes over the next five years."
)
CHINESE = "中国外交部发言人林剑在例行记者会上说，北约应该反思自己，而不是随意抹黑和攻击中国。"
# One quotation per HTML page, proving the extracted body is the article itself.
HTML_QUOTES = {
    "html-01-reuters-parasite-sag-awards": "It is true that the momentum is building",
    "html-04-radio-cz-prymula-resignation-fr": "« impardonnable »",
    "html-06-spiegel-relotius-affair-de": "»Drückt uns die Daumen.«",
    "html-09-banyuetan-yiyang-digital-zh": "在‘益村’上，每天都有好多人向我订货。",
    "html-10-hebei-xinhuanet-drama-tour-gb2312-zh": "我都记不清一共修改了多少遍。",
}
# Navigation text of each page that must not leak into the article body.
HTML_MENUS = {
    "html-01-reuters-parasite-sag-awards": "Advertising Guidelines",
    "html-04-radio-cz-prymula-resignation-fr": "Politique étrangère",
    "html-06-spiegel-relotius-affair-de": "Nachrichtenarchiv",
    "html-09-banyuetan-yiyang-digital-zh": "APP下载",
    "html-10-hebei-xinhuanet-drama-tour-gb2312-zh": "关闭窗口",
}
SEED_JUNK = (
    "14 July, 2024",
    "Close this search box.",
    "Spread the love",
    "Please follow Blitz on Google News Channel",
    "appeared first on BLiTZ",
)


def article_path(folder: Path) -> Path:
    """The article file (txt or html) inside a test-data folder."""
    return next(folder.glob("article.*"))


def expected_language(folder: Path) -> str:
    """The language source.json gives (the seed article has none: it is English)."""
    meta = folder / "source.json"
    return str(json.loads(meta.read_text())["language"]) if meta.exists() else "en"


def has_quote(line: str) -> bool:
    """True when the line holds a quotation mark (curly, guillemet, corner or an ASCII pair)."""
    return line.count('"') >= 2 or any(ch in QUOTE_MARKS for ch in line)


# --- every sample article -------------------------------------------------------------------


@pytest.mark.parametrize("folder", sorted(ARTICLES.iterdir()), ids=lambda p: p.name)
def test_every_article_loads_with_title_language_and_clean_paragraphs(folder: Path) -> None:
    path = article_path(folder)
    article = source.load(str(path))
    assert len(article.title) <= 160 and "\n" not in article.title
    assert article.title not in article.text or not article.title  # a headline, not a sentence
    assert article.title or path.suffix == ".txt"
    assert article.lang == expected_language(folder)
    assert article.origin == str(path)
    assert "\n\n\n" not in article.text and not article.text.startswith(("\n", " "))
    assert all(line == line.rstrip() for line in article.text.split("\n"))
    assert len(article.paragraphs) >= 1
    for para in article.paragraphs:
        assert article.text[para.start : para.end] == para.text


@pytest.mark.parametrize(
    "path", sorted(ARTICLES.glob("*/article.txt")), ids=lambda p: p.parent.name
)
def test_every_quotation_line_of_a_text_article_survives(path: Path) -> None:
    article = source.load(str(path))
    quoted = [line.strip() for line in path.read_text().splitlines() if has_quote(line)]
    assert quoted or path.parent.name.startswith("zh-01")  # its marks are C1 codes, see below
    for line in quoted:
        assert line in article.text, line


@pytest.mark.parametrize("name", sorted(HTML_QUOTES))
def test_html_body_is_the_article_not_the_menus(name: str) -> None:
    article = source.load(str(article_path(ARTICLES / name)))
    assert HTML_QUOTES[name] in article.text
    assert HTML_MENUS[name] not in article.text
    assert article.title and article.title in (ARTICLES / name / "source.json").read_text()


def test_seed_article_title_is_the_headline_and_junk_is_gone() -> None:
    article = source.load(str(SEED))
    assert article.title == "China urges NATO to refrain from blame game over Ukraine"
    assert article.text.startswith("Amid the ongoing Ukraine conflict")
    for junk in SEED_JUNK:
        assert junk not in article.text
    assert "What NATO should do is self-reflection" in article.text
    assert article.text.endswith("global security and stability.")


def test_windows_1252_quotes_stored_as_c1_controls_become_real_quotes() -> None:
    folder = ARTICLES / "zh-01-leung-chun-ying-illegal-structures"
    assert "\x93撒谎\x94" in (folder / "article.txt").read_text()
    article = source.load(str(folder / "article.txt"))
    assert "“撒谎”" in article.text and "\x93" not in article.text


def test_gb2312_page_that_claims_utf8_decodes_to_real_chinese() -> None:
    article = source.load(str(HTML10))
    assert article.title == "话剧《约定无期限》河北各市巡演结束"
    assert "张家口" in article.text and "约定无期限" in article.text
    assert not any(bad in article.text for bad in ("Ã", "\ufffd", "锟斤拷"))
    assert article.lang == "zh-Hans"


# --- decode -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "codec",
    ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "cp1252", "shift_jis"],
)
def test_decode_recovers_text_in_common_encodings(codec: str) -> None:
    text = {
        "gb18030": CHINESE * 3,
        "shift_jis": "ナイジェリア北東部で少女らによる自爆攻撃があり、31人が死亡した。" * 3,
        "cp1252": "« Je n’ai enfreint aucune règle », a-t-il estimé — Ça coûte très cher. " * 3,
    }.get(codec, "“Nobody knows,” she said. 林剑说：“北约应该反思。” Ça va.")
    assert source.decode(text.encode(codec)) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_chinese_utf16_without_bom(codec: str) -> None:
    text = f"{CHINESE}\n\n{CHINESE}\n"
    assert source.decode(text.encode(codec)) == text


def test_decode_declared_gb2312_is_read_as_its_superset() -> None:
    text = "朱镕基总理说：“我们的改革不会停止。”这是一个测试段落，内容用于检验解码。" * 2
    raw = text.encode("gb18030")
    assert source.decode(raw, declared="GB2312") == text


def test_decode_ignores_a_declared_charset_that_lies() -> None:
    raw = HTML10.read_bytes()
    text = source.decode(raw, declared="utf-8")
    assert "话剧《约定无期限》" in text and "\ufffd" not in text


def test_decode_declared_charset_wins_over_guessing_when_it_fits() -> None:
    raw = "Климкин рассказал о переговорах в Брюсселе.".encode("koi8-r")
    assert source.decode(raw, declared="koi8-r") == "Климкин рассказал о переговорах в Брюсселе."


def test_decode_random_bytes_is_an_input_error() -> None:
    noise = bytes((i * 7919 + 13) % 256 for i in range(4000)).replace(b"\x00", b"\x01")
    with pytest.raises(InputError, match="could not decode"):
        source.decode(noise)


def test_decode_binary_with_nul_bytes_is_an_input_error() -> None:
    with pytest.raises(InputError, match="binary"):
        source.decode(b"\x7fELG\x02\x01\x01" + bytes(200))


# --- clean_text -------------------------------------------------------------------------------


def test_clean_text_normalizes_newlines_spaces_and_blank_lines() -> None:
    raw = "First para.  \r\nstill first.\r\n\r\n\r\n\r\nSecond para.\t\n\n\n"
    assert source.clean_text(raw) == "First para.\nstill first.\n\nSecond para."


def test_clean_text_makes_each_line_a_paragraph_when_there_are_no_blank_lines() -> None:
    assert source.clean_text("One.\nTwo.\n  Three.  \n") == "One.\n\nTwo.\n\nThree."


def test_clean_text_splits_paragraphs_marked_by_ideographic_indents() -> None:
    text = "\u3000\u3000第一段。\u3000\u3000第二段。"
    assert source.clean_text(text) == "第一段。\n\n第二段。"


@pytest.mark.parametrize(
    "junk",
    [
        "Close this search box.",
        "Spread the love",
        "Share",
        "Share on Facebook | Tweet | WhatsApp",
        "分享到：微信 微博",
        "Sign up for our daily newsletter",
        "Subscribe",
        "订阅我们的新闻",
        "Please follow Blitz on Google News Channel",
        "The post China urges NATO to refrain appeared first on BLiTZ.",
        "Advertisement",
        "Article Continued Below",
        "Read more: Ukraine talks stall again",
        "Lire aussi : Le gouvernement tchèque en crise",
        "© 2024 Reuters. All rights reserved.",
        "【责任编辑：严玉洁】",
        "（编辑：严玉洁 王辉）",
        "https://www.example.com/news/2024/07/14/article.html",
    ],
)
def test_clean_text_drops_scraping_junk_lines(junk: str) -> None:
    cleaned = source.clean_text(f"{PARAGRAPH}\n\n{junk}\n\n{PARAGRAPH}")
    assert cleaned == f"{PARAGRAPH}\n\n{PARAGRAPH}"


@pytest.mark.parametrize(
    "line",
    [
        # a "read also" label and its colon opening a line are links even when they quote
        # (session 22: tests/test_source_read_also_quoted.py); other furniture that quotes stays
        "The post «Nous ne céderons pas» appeared first on Le Blog.",
        "Share this story: „Wir schaffen das“",
    ],
)
def test_clean_text_never_drops_a_line_with_quotation_marks(line: str) -> None:
    unquoted = line.translate({ord(ch): None for ch in '"“”«»「」„'})
    assert source.clean_text(f"{PARAGRAPH}\n\n{unquoted}\n\n{PARAGRAPH}").count("\n\n") == 1
    assert line in source.clean_text(f"{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH}")


def test_clean_text_drops_a_bare_date_line_above_and_between_paragraphs() -> None:
    text = f"14 July, 2024\n\n{PARAGRAPH}\n\n14 July, 2024\n\n{PARAGRAPH}"
    assert source.clean_text(text) == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_clean_text_cuts_a_reader_comments_block_at_the_end() -> None:
    text = f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n3 Comments\n\nGreat article!\n\nI disagree."
    assert source.clean_text(text) == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_clean_text_keeps_quoted_lines_after_a_comments_heading() -> None:
    text = f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n评论\n\n“这不是真的，”他说。"
    assert source.clean_text(text) == f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n“这不是真的，”他说。"


# --- titles -------------------------------------------------------------------------------------


def test_headline_line_becomes_the_title_and_leaves_the_body(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(f"Council debates transport budget\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n")
    article = source.load(str(p))
    assert article.title == "Council debates transport budget"
    assert article.text == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_text_without_headline_keeps_its_body_and_has_no_title(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(f"{PARAGRAPH}\n\n{PARAGRAPH}\n")
    article = source.load(str(p))
    assert article.title == ""
    assert article.text == f"{PARAGRAPH}\n\n{PARAGRAPH}"


# --- bad inputs: one test each -----------------------------------------------------------------


def assert_input_error(
    spec: str,
    *needles: str,
    max_bytes: int = 20_000_000,
    stdin: BinaryIO | None = None,
    timeout: float = 20.0,
) -> None:
    """Loading `spec` fails with a one-line InputError mentioning every needle."""
    with pytest.raises(InputError) as info:
        source.load(spec, max_bytes=max_bytes, stdin=stdin, policy=Policy(deadline=timeout))
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    for needle in needles:
        assert needle in message, message


def test_bad_input_missing_path(tmp_path: Path) -> None:
    assert_input_error(str(tmp_path / "missing.txt"), "no such file", "missing.txt")


def test_bad_input_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert_input_error(str(link), "broken symbolic link", "dangling.txt")


def test_bad_input_directory(tmp_path: Path) -> None:
    assert_input_error(str(tmp_path), "is a directory", str(tmp_path))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_bad_input_unreadable_file(
    unreadable: Callable[[str], AbstractContextManager[Path]],
) -> None:
    with unreadable(PARAGRAPH * 3) as p:
        assert_input_error(str(p), "secret.txt", "ermission denied")


def test_bad_input_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert_input_error(str(p), "empty.txt is empty")


def test_bad_input_whitespace_only(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t \u3000\n")
    assert_input_error(str(p), "blank.txt", "only whitespace")


def test_bad_input_png_image(tmp_path: Path) -> None:
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert_input_error(str(p), "photo.txt", "PNG image")


def test_bad_input_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    p = tmp_path / "program.txt"
    p.write_bytes(b"#!x\x00\x00\x01\x02" + PARAGRAPH.encode() + bytes(64))
    assert_input_error(str(p), "program.txt", "binary")


def test_bad_input_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    assert_input_error(str(p), "huge.txt", "too large", "104.9 MB", "20.0 MB")


def test_bad_input_over_a_custom_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(PARAGRAPH * 10)
    assert_input_error(str(p), "big.txt", "too large", "limit is 500 bytes", max_bytes=500)


def test_bad_input_undecodable_bytes(tmp_path: Path) -> None:
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4000)).replace(b"\x00", b"\x01"))
    assert_input_error(str(p), "noise.txt", "could not decode")


def test_bad_input_html_without_an_article(tmp_path: Path) -> None:
    p = tmp_path / "menu.html"
    p.write_text(
        "<!doctype html><html><head><title>Home</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"
    )
    assert_input_error(str(p), "menu.html", "no article text")


def test_bad_input_too_short_after_cleaning(tmp_path: Path) -> None:
    p = tmp_path / "short.txt"
    p.write_text("Breaking news.\n\nShare\n\nSubscribe\n")
    assert_input_error(str(p), "short.txt", "too short", "12 letters", "at least 180")


def test_length_rule_counts_a_cjk_character_as_three_letters(tmp_path: Path) -> None:
    p = tmp_path / "zh.txt"
    body = (CHINESE * 2)[:60]
    assert sum(ch.isalpha() for ch in body) == 56
    p.write_text(body + "这是四字")
    assert source.load(str(p)).text.endswith("这是四字")
    p.write_text(body + "这是四")
    assert_input_error(str(p), "zh.txt", "177 letters")


# --- stdin and URLs -----------------------------------------------------------------------------


def test_stdin_dash_reads_the_article_from_the_given_stream() -> None:
    article = source.load("-", stdin=io.BytesIO(SEED.read_bytes()))
    assert article.title == "China urges NATO to refrain from blame game over Ukraine"
    assert article.origin == "-" and article.text == source.load(str(SEED)).text


def test_stdin_dash_defaults_to_the_process_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = codecs.BOM_UTF16_LE + SEED.read_text().encode("utf-16-le")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert source.load("-").title == "China urges NATO to refrain from blame game over Ukraine"


def test_empty_stdin_is_an_input_error() -> None:
    assert_input_error("-", "standard input is empty", stdin=io.BytesIO(b""))


def test_read_text_returns_the_decoded_file_uncleaned(tmp_path: Path) -> None:
    p = tmp_path / "s.json"
    p.write_bytes('{"title": "Spread the love"}\r\n'.encode("utf-16"))
    assert source.read_text(str(p)) == '{"title": "Spread the love"}\r\n'


class _Site(BaseHTTPRequestHandler):
    """Serves fixed pages and remembers the User-Agent of the last request."""

    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        """Answer with the page at this path, or 404."""
        self.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path not in self.pages:
            self.send_error(404, "Not Found")
            return
        ctype, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def site() -> Iterator[str]:
    """A local web server on 127.0.0.1 in a thread; yields its base URL."""
    _Site.pages = {
        "/seed": ("text/plain; charset=utf-8", SEED.read_bytes()),
        "/gb": ("text/html; charset=gb2312", HTML10.read_bytes()),
    }
    _Site.user_agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_is_fetched_with_a_user_agent(site: str) -> None:
    article = source.load(f"{site}/seed", policy=Policy(deadline=5))
    assert article.title == "China urges NATO to refrain from blame game over Ukraine"
    assert article.origin == f"{site}/seed"
    assert _Site.user_agents[-1].startswith("summarizer/")


def test_url_html_uses_the_charset_from_the_content_type(site: str) -> None:
    article = source.load(f"{site}/gb", policy=Policy(deadline=5))
    assert "张家口" in article.text and article.lang == "zh-Hans"


def test_url_404_is_an_input_error(site: str) -> None:
    assert_input_error(f"{site}/missing", "could not fetch URL", "404", timeout=5)


def test_url_over_the_size_limit_is_refused(site: str) -> None:
    assert_input_error(f"{site}/seed", "too large", max_bytes=1000, timeout=5)


def test_url_with_nothing_listening_is_an_input_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert_input_error(f"http://127.0.0.1:{port}/x", "could not fetch URL", timeout=5)


def test_url_whose_server_breaks_off_a_chunked_reply_is_an_input_error() -> None:
    import threading

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        def serve() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                    b"Transfer-Encoding: chunked\r\n\r\n5\r\n<html"
                )

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        with pytest.raises(InputError, match=r"could not fetch URL .* broke off"):
            source.load(f"http://127.0.0.1:{port}/story.html", policy=Policy(deadline=5))
        thread.join(5)
