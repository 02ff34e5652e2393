"""The fetcher and the URL policy, against real servers on 127.0.0.1: redirects, slow drips,
FTP-like listeners, internal addresses from feeds, and feeds with far more items than a digest."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from summarizer import source
from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.source.fetch import fetch
from summarizer.source.policy import Policy, public
from tests.feedserver import FeedServer, Page
from tests.smtpserver import SmtpServer
from tests.test_digest import ALLOW_LOCAL, EN, body, received, write_config

SEED = Path(__file__).parent.parent / "examples" / "seed-blitz-china-nato.txt"
SECRET = "INTERNAL-ONLY admin token 7f3a"


class Listener:
    """A raw TCP listener on 127.0.0.1 that records what connects and answers with `script`."""

    def __init__(self, script: list[tuple[float, bytes]]) -> None:
        self.script = script
        self.connections = 0
        self.received = b""
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(0.5)
                with contextlib.suppress(TimeoutError):
                    self.received += conn.recv(65536)
                for pause, data in self.script:
                    if self._stop.wait(pause):
                        return
                    try:
                        conn.sendall(data)
                    except OSError:
                        break


def drip(seconds: int) -> list[tuple[float, bytes]]:
    """Headers at once, then one byte of body every half second for `seconds`."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
    return [(0.0, head)] + [(0.5, b"x")] * (seconds * 2)


@pytest.fixture
def web() -> Iterator[FeedServer]:
    with FeedServer() as server:
        server.pages["/secret"] = Page(SECRET.encode() * 20, "text/plain")
        server.pages["/seed"] = Page(SEED.read_bytes(), "text/plain; charset=utf-8")
        yield server


def rss(*links: str, dated: bool = False) -> bytes:
    """An RSS feed whose items link to `links` (the n-th one dated n minutes after 2024-03-01)."""
    start = datetime(2024, 3, 1, tzinfo=timezone.utc)
    items = "".join(
        f"<item><title>Story {n}</title><link>{link}</link>"
        + (f"<pubDate>{format_datetime(start + timedelta(minutes=n))}</pubDate>" if dated else "")
        + "</item>"
        for n, link in enumerate(links)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    return f"{head}{items}</channel></rss>".encode()


# --- row 1: the URL policy -------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        *("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "224.0.0.1"),
        *("0.0.0.0", "::1", "fe80::1", "fc00::1", "ff02::1", "::", "::ffff:127.0.0.1"),
    ],
)
def test_internal_addresses_are_not_public(address: str) -> None:
    assert not public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_are_public(address: str) -> None:
    assert public(ipaddress.ip_address(address))


def test_a_feed_link_to_an_internal_page_is_not_fetched_and_not_mailed(
    tmp_path: Path, state: Path, smtp: SmtpServer, web: FeedServer
) -> None:
    web.pages["/rss.xml"] = Page(rss(web.url("/secret"), web.url("/seed")))
    sources = f'[[sources]]\nfeed = "{web.url("/rss.xml")}"\n'
    config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))

    main(["digest", "--config", str(config), "--send"])

    text = body(received(smtp)[EN][0], "plain")
    assert SECRET not in text and "internal address" in text
    assert [s.path for s in web.seen] == ["/rss.xml"]


def test_a_host_name_that_resolves_to_loopback_is_refused_on_the_connected_address(
    web: FeedServer,
) -> None:
    url = web.url("/secret").replace("127.0.0.1", "localhost")
    with pytest.raises(InputError, match=r"localhost is at .*internal address"):
        fetch(url, max_bytes=10_000, policy=Policy(guard_first=True, deadline=5))
    assert web.seen == []


def test_a_name_lookup_that_hangs_ends_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A DNS server that never answers cannot hold a fetch past its deadline."""
    answered = threading.Event()

    def hanging(*args: object, **kwargs: object) -> list[object]:
        answered.wait(30)
        raise OSError("the test released the lookup")

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    try:
        with pytest.raises(InputError, match=r"timed out: no complete answer within 0\.5 s"):
            fetch("http://slow-dns.example/", max_bytes=1000, policy=Policy(deadline=0.5))
    finally:
        answered.set()


@pytest.mark.parametrize(
    "allowed",
    [
        Policy(allow_hosts=frozenset({"localhost"})),
        Policy(allow_networks=(ipaddress.ip_network("127.0.0.0/8"),)),
    ],
)
def test_an_allow_listed_host_or_network_may_be_reached(web: FeedServer, allowed: Policy) -> None:
    url = web.url("/secret").replace("127.0.0.1", "localhost")
    rules = Policy(True, allowed.allow_hosts, allowed.allow_networks, deadline=5)
    assert SECRET.encode() in fetch(url, max_bytes=10_000, policy=rules).body


def test_a_redirect_from_a_typed_url_to_another_internal_site_is_refused(web: FeedServer) -> None:
    with FeedServer() as other:
        other.pages["/secret"] = Page(SECRET.encode(), "text/plain")
        web.pages["/go"] = Page(status=302, location=other.url("/secret"))
        with pytest.raises(InputError, match=r"could not fetch URL .*internal address"):
            source.load(web.url("/go"), policy=Policy(deadline=5))
        assert other.seen == []


def test_a_redirect_that_stays_on_the_typed_site_is_followed(web: FeedServer) -> None:
    web.pages["/old"] = Page(status=301, location="/seed")
    article = source.load(web.url("/old"), policy=Policy(deadline=5))
    assert article.title == "China urges NATO to refrain from blame game over Ukraine"


def test_the_digest_allow_list_lets_feeds_link_to_intranet_pages(
    tmp_path: Path, state: Path, smtp: SmtpServer, web: FeedServer
) -> None:
    web.pages["/rss.xml"] = Page(rss(web.url("/seed")))
    sources = f'[[sources]]\nfeed = "{web.url("/rss.xml")}"\n\n{ALLOW_LOCAL}'
    config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))

    assert main(["digest", "--config", str(config), "--send"]) == 0
    assert "NATO" in body(received(smtp)[EN][0], "plain")


@pytest.mark.parametrize(
    ("table", "needle"),
    [
        ('allow = ["not a host"]', "neither a host name nor a network"),
        ("allow = 3", "must be a list"),
        ("deadline = -1", "seconds above 0"),
    ],
)
def test_a_bad_fetch_table_is_a_configuration_error(
    tmp_path: Path, table: str, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    config = write_config(tmp_path, f'[[sources]]\nfolder = "in"\n\n[fetch]\n{table}\n', 25)
    assert main(["digest", "--config", str(config)]) == 2
    assert needle in capsys.readouterr().err


# --- row 2: a total deadline -----------------------------------------------------------------


def test_a_slow_drip_page_fails_at_the_deadline_not_per_read() -> None:
    with Listener(drip(20)) as slow:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"timed out: no complete answer within 1\.5 s"):
            source.load(f"http://127.0.0.1:{slow.port}/a", policy=Policy(deadline=1.5))
        assert time.monotonic() - started < 4


@pytest.mark.parametrize("how", ["flag", "env"])
def test_summarize_takes_the_deadline_from_a_flag_or_the_environment(
    how: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    flags = ["--fetch-deadline", "1"] if how == "flag" else []
    if how == "env":
        monkeypatch.setenv("SUMMARIZER_FETCH_DEADLINE", "1")
    with Listener(drip(20)) as slow:
        started = time.monotonic()
        code = main([f"http://127.0.0.1:{slow.port}/a", "--lang", "en", *flags])
        assert time.monotonic() - started < 4
    assert code == 2
    assert "within 1 s" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "soon", "inf"])
def test_a_bad_deadline_is_refused(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(SEED), "--lang", "en", "--fetch-deadline", value]) == 2
    monkeypatch.setenv("SUMMARIZER_FETCH_DEADLINE", value)
    assert main(["http://127.0.0.1:9/x", "--lang", "en"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("fetch-deadline" in e or "FETCH_DEADLINE" in e for e in err)


def test_a_slow_source_becomes_a_failed_article_and_the_digest_goes_out(
    tmp_path: Path, state: Path, smtp: SmtpServer, web: FeedServer
) -> None:
    with Listener(drip(30)) as slow:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"http://127.0.0.1:{slow.port}/slow\n{web.url('/seed')}\n")
        sources = '[[sources]]\nurls = "urls.txt"\n\n[fetch]\ndeadline = 1\n'
        config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))
        started = time.monotonic()
        main(["digest", "--config", str(config), "--send"])
        assert time.monotonic() - started < 20
    text = body(received(smtp)[EN][0], "plain")
    assert "NATO" in text and "no complete answer within 1 s" in text


# --- row 3: http(s) only, at most 5 hops ------------------------------------------------------


def test_a_redirect_to_ftp_is_refused_without_connecting(web: FeedServer) -> None:
    with Listener([(0.0, b"220 FTP server ready\r\n")]) as ftp:
        web.pages["/go"] = Page(status=302, location=f"ftp://127.0.0.1:{ftp.port}/file")
        with pytest.raises(InputError, match="redirected to a ftp: URL; only http"):
            source.load(web.url("/go"), policy=Policy(deadline=5))
        assert ftp.connections == 0


@pytest.mark.parametrize(("hops", "ok"), [(5, True), (6, False)])
def test_at_most_five_redirects_are_followed(web: FeedServer, hops: int, ok: bool) -> None:
    for n in range(hops):
        web.pages[f"/r{n}"] = Page(status=302, location=f"/r{n + 1}" if n + 1 < hops else "/seed")
    if ok:
        assert source.load(web.url("/r0"), policy=Policy(deadline=5)).title
    else:
        with pytest.raises(InputError, match="more than 5 redirects"):
            source.load(web.url("/r0"), policy=Policy(deadline=5))


# --- row 14: fetch only what the digest can use -------------------------------------------------


def test_a_huge_feed_fetches_only_the_newest_items_the_digest_can_use(
    tmp_path: Path, state: Path, smtp: SmtpServer, web: FeedServer
) -> None:
    links = [web.url(f"/story/{n}") for n in range(2000)]
    web.pages["/rss.xml"] = Page(rss(*links, dated=True))
    sources = (
        f'[[sources]]\nfeed = "{web.url("/rss.xml")}"\n\n[limits]\narticles = 3\n\n{ALLOW_LOCAL}'
    )
    config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))

    main(["digest", "--config", str(config), "--send"])

    fetched = sorted(s.path for s in web.seen if s.path.startswith("/story/"))
    assert fetched == ["/story/1997", "/story/1998", "/story/1999"]


# --- row 16: URL schemes in any case ------------------------------------------------------------


def test_an_upper_case_scheme_is_a_url_not_a_file(web: FeedServer) -> None:
    url = web.url("/seed").replace("http://", "HTTP://")
    assert source.load(url, policy=Policy(deadline=5)).title.startswith("China urges NATO")
