"""The digest ledger and run lock: exactly once, nothing lost, safe to kill at any instant."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.digest.ledger import (
    FILENAME,
    Claim,
    FeedState,
    Ledger,
    Outgoing,
    open_ledger,
)
from summarizer.errors import ConfigurationError
from summarizer.source.read import load
from summarizer.state.folder import state_dir
from summarizer.state.runlock import RunLock

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
FEED = "https://example.org/rss.xml"
BATCH = 25
CLAIMER = f"""
import sys
from pathlib import Path
from summarizer.article import Article
from summarizer.digest.ledger import Claim, FeedState, Outgoing, open_ledger

ledger = open_ledger(Path(sys.argv[1]))
batch = int(sys.argv[2])
while True:
    edition = ledger.open_edition()
    claims = []
    for i in range({BATCH}):
        url = f"https://example.org/{{batch}}/{{i}}"
        text = f"Story {{batch}}/{{i}}.\\n\\n" + "Many words of reporting. " * 200
        article = Article.from_text(text, title="t", lang="en", origin=url)
        claims.append(Claim(url, url, "t", "Example", article=article))
    ledger.claim(edition, claims, [FeedState({FEED!r}, etag=str(batch))])
    if batch % 3 == 2:
        ledger.compose(edition, [Outgoing(edition, "a@example.org", "en", f"<{{batch}}@x>", b"m")])
    print(batch, flush=True)
    batch += 1
"""
HOLDER = """
import sys
from pathlib import Path
from summarizer.state.runlock import RunLock
with RunLock(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.read()
"""
TRIER = """
import sys
from pathlib import Path
from summarizer.errors import ConfigurationError
from summarizer.state.runlock import RunLock
try:
    with RunLock(Path(sys.argv[1])):
        print("acquired")
except ConfigurationError as exc:
    print(exc)
"""


def story(n: int, text: str | None = None) -> Article:
    """A small cleaned article; the same `n` gives the same text."""
    body = text or f"Story {n} happened today.\n\nA second paragraph about story {n}."
    return Article.from_text(body, title=f"Story {n}", lang="en", origin=f"https://x.org/{n}")


def ok(url: str, article: Article) -> Claim:
    """A claim of a fetched and cleaned article."""
    return Claim(url, url + "?utm_source=rss", f"Item {url}", "Example News", article=article)


def failed(url: str, error: str) -> Claim:
    """A claim of an article that could not be fetched."""
    return Claim(url, url, "", "Example News", error=error)


def message(edition: int, n: int, raw: bytes = b"Subject: x\r\n\r\nbody\r\n") -> Outgoing:
    """Message `n` of `edition`; the same arguments give an equal message."""
    return Outgoing(edition, f"r{n}@example.org", "en", f"<{edition}.{n}@example.org>", raw)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    """A fresh ledger in a private state folder."""
    book = open_ledger(tmp_path / "state")
    try:
        yield book
    finally:
        book.close()


def python(script: str, *args: str) -> subprocess.Popen[str]:
    """A child Python process running `script`, with pipes for stdin and stdout."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def try_lock(directory: Path) -> str:
    """What another process says when it tries to take the run lock of `directory`."""
    done = subprocess.run(
        [sys.executable, "-c", TRIER, str(directory)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip()


def kill(child: subprocess.Popen[str]) -> None:
    """SIGKILL `child`, reap it and close its pipes."""
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            pipe.close()


def test_state_dir_honours_override_then_xdg_then_home() -> None:
    env = {"SUMMARIZER_STATE_DIR": "/x", "XDG_STATE_HOME": "/y"}
    assert state_dir(env) == Path("/x")
    assert state_dir({"XDG_STATE_HOME": "/y"}) == Path("/y/summarizer")
    assert state_dir({}) == Path.home() / ".local" / "state" / "summarizer"


def test_open_ledger_creates_a_private_state_dir_in_wal_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "deep" / "state"
    monkeypatch.setenv("SUMMARIZER_STATE_DIR", str(folder))
    open_ledger().close()
    assert folder.stat().st_mode & 0o777 == 0o700
    with sqlite3.connect(folder / FILENAME) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (1,)


@pytest.mark.parametrize(
    "name", ["en-01-scotus-alito-vs-prelogar", "zh-01-leung-chun-ying-illegal-structures"]
)
def test_a_real_article_reads_back_equal(ledger: Ledger, name: str) -> None:
    article = load(str(ARTICLES / name / "article.txt"))
    edition = ledger.open_edition()
    assert ledger.claim(edition, [ok("https://news.example/a", article)], []) == 1
    (stored,) = ledger.claimed(edition)
    assert stored.article == article
    assert (stored.edition, stored.canonical, stored.error) == (
        edition,
        "https://news.example/a",
        None,
    )
    assert stored.link == "https://news.example/a?utm_source=rss"
    assert (stored.title, stored.outlet) == ("Item https://news.example/a", "Example News")


def test_the_same_url_is_claimed_once_across_batches_and_editions(ledger: Ledger) -> None:
    first = ledger.open_edition()
    batch = [ok("https://a.example/1", story(1)), ok("https://a.example/1", story(2))]
    assert ledger.claim(first, batch, []) == 1
    assert ledger.claim(first, [ok("https://a.example/1", story(3))], []) == 0
    ledger.compose(first, [])
    second = ledger.open_edition()
    assert ledger.claim(second, [ok("https://a.example/1", story(4))], []) == 0
    assert [s.article for s in ledger.claimed(first)] == [story(1)]
    assert ledger.claimed(second) == []
    assert ledger.known("https://a.example/1") and not ledger.known("https://a.example/2")


def test_the_same_story_from_two_feeds_is_claimed_once(ledger: Ledger) -> None:
    first = ledger.open_edition()
    twins = [ok("https://a.example/s", story(1)), ok("https://b.example/s", story(1))]
    assert ledger.claim(first, [*twins, ok("https://c.example/t", story(2))], []) == 2
    assert [s.canonical for s in ledger.claimed(first)] == [
        "https://a.example/s",
        "https://c.example/t",
    ]
    ledger.compose(first, [])
    second = ledger.open_edition()
    assert ledger.claim(second, [ok("https://d.example/s", story(1))], []) == 0
    assert not ledger.known("https://b.example/s")


def test_failed_articles_are_stored_and_read_back(ledger: Ledger) -> None:
    edition = ledger.open_edition()
    claims = [
        failed("https://a.example/404", "could not fetch URL: HTTP 404 Not Found"),
        ok("https://a.example/ok", story(1)),
        failed("https://a.example/short", "too short to summarize"),
    ]
    assert ledger.claim(edition, claims, []) == 3
    got = [(s.canonical, s.article, s.error) for s in ledger.claimed(edition)]
    assert got == [
        ("https://a.example/404", None, "could not fetch URL: HTTP 404 Not Found"),
        ("https://a.example/ok", story(1), None),
        ("https://a.example/short", None, "too short to summarize"),
    ]
    assert ledger.known("https://a.example/404")


def test_a_claim_needs_exactly_one_of_article_and_error(ledger: Ledger) -> None:
    edition = ledger.open_edition()
    both = Claim("https://a.example/x", "https://a.example/x", "", "", story(1), "boom")
    with pytest.raises(ValueError, match="exactly one"):
        ledger.claim(edition, [ok("https://a.example/y", story(2)), both], [])
    assert ledger.claimed(edition) == []


def test_open_edition_reuses_the_open_one_until_it_is_composed(ledger: Ledger) -> None:
    first = ledger.open_edition()
    ledger.claim(first, [ok("https://a.example/1", story(1))], [])
    assert ledger.open_edition() == first
    ledger.compose(first, [message(first, 1)])
    second = ledger.open_edition()
    assert second != first
    assert ledger.open_edition() == second


def test_a_refused_claim_saves_neither_articles_nor_validators(ledger: Ledger) -> None:
    edition = ledger.open_edition()
    ledger.compose(edition, [])
    with pytest.raises(ValueError, match="already composed"):
        ledger.claim(edition, [ok("https://a.example/1", story(1))], [FeedState(FEED, '"v1"')])
    assert ledger.validators(FEED) == FeedState(FEED)
    assert not ledger.known("https://a.example/1")
    with pytest.raises(ValueError, match="no edition 99"):
        ledger.claim(99, [], [FeedState(FEED, '"v1"')])
    assert ledger.validators(FEED) == FeedState(FEED)


def test_feed_validators_are_saved_with_claims_and_replaced(ledger: Ledger) -> None:
    edition = ledger.open_edition()
    assert ledger.validators(FEED) == FeedState(FEED, None, None)
    modified = "Sat, 29 Nov 2025 06:00:00 GMT"
    ledger.claim(edition, [], [FeedState(FEED, '"abc"', modified), FeedState("https://b/atom")])
    assert ledger.validators(FEED) == FeedState(FEED, '"abc"', modified)
    assert ledger.validators("https://b/atom") == FeedState("https://b/atom")
    ledger.claim(edition, [], [FeedState(FEED, etag='"def"')])
    assert ledger.validators(FEED) == FeedState(FEED, '"def"', None)


def test_pending_messages_until_marked_sent(ledger: Ledger) -> None:
    first = ledger.open_edition()
    raw = "Subject: =?utf-8?b?5paw6Ze7?=\r\n\r\n新闻\r\n".encode()
    ledger.compose(first, [message(first, 1, raw), message(first, 2)])
    second = ledger.open_edition()
    ledger.compose(second, [message(second, 1)])
    assert ledger.pending() == [message(first, 1, raw), message(first, 2), message(second, 1)]
    assert ledger.sent() == []
    ledger.mark_sent(message(second, 1).message_id)
    ledger.mark_sent(message(first, 1).message_id)
    assert ledger.pending() == [message(first, 2)]
    sent = ledger.sent()
    assert [m.message_id for m in sent] == ["<2.1@example.org>", "<1.1@example.org>"]
    assert sent[1].raw == raw and sent[1].sent_at is not None
    assert sent[0].sent_at is not None and sent[0].sent_at <= sent[1].sent_at <= time.time()


def test_marking_sent_twice_keeps_the_first_time(ledger: Ledger) -> None:
    edition = ledger.open_edition()
    ledger.compose(edition, [message(edition, 1)])
    ledger.mark_sent(message(edition, 1).message_id)
    (before,) = ledger.sent()
    ledger.mark_sent(message(edition, 1).message_id)
    assert ledger.sent() == [before]
    with pytest.raises(ValueError, match="no message <nope>"):
        ledger.mark_sent("<nope>")


def test_a_failed_compose_stores_no_message_and_leaves_the_edition_open(ledger: Ledger) -> None:
    edition = ledger.open_edition()
    with pytest.raises(ValueError, match="already stored"):
        ledger.compose(edition, [message(edition, 1), message(edition, 2), message(edition, 1)])
    assert ledger.pending() == []
    assert ledger.open_edition() == edition
    ledger.compose(edition, [message(edition, 1)])
    with pytest.raises(ValueError, match="already composed"):
        ledger.compose(edition, [message(edition, 2)])
    assert ledger.pending() == [message(edition, 1)]


def test_everything_survives_reopening(tmp_path: Path) -> None:
    with_one = open_ledger(tmp_path)
    edition = with_one.open_edition()
    with_one.claim(edition, [ok("https://a.example/1", story(1))], [FeedState(FEED, '"e"')])
    with_one.compose(edition, [message(edition, 1), message(edition, 2)])
    with_one.mark_sent(message(edition, 2).message_id)
    with_one.close()
    again = open_ledger(tmp_path)
    try:
        assert [s.article for s in again.claimed(edition)] == [story(1)]
        assert again.validators(FEED).etag == '"e"'
        assert again.pending() == [message(edition, 1)]
        assert [m.message_id for m in again.sent()] == [message(edition, 2).message_id]
        assert again.open_edition() != edition
    finally:
        again.close()


def test_threads_share_one_ledger(ledger: Ledger) -> None:
    edition = ledger.open_edition()

    def work(n: int) -> int:
        return ledger.claim(edition, [ok(f"https://a.example/{n}", story(n))], [])

    with ThreadPoolExecutor(8) as pool:
        assert sum(pool.map(work, range(40))) == 40
    assert len(ledger.claimed(edition)) == 40


def test_a_run_killed_while_claiming_leaves_whole_transactions(tmp_path: Path) -> None:
    rng = random.Random(5)
    batches = 0
    for _ in range(3):
        child = python(CLAIMER, str(tmp_path), str(batches))
        assert child.stdout is not None
        for _ in range(3):
            assert child.stdout.readline(), "the claiming process died"
        time.sleep(rng.uniform(0, 0.03))
        kill(child)
        batches = _check_whole_batches(tmp_path / FILENAME)
        assert batches >= 3


def _check_whole_batches(path: Path) -> int:
    """Assert the ledger is intact and holds only whole claims; returns how many batches it has."""
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        urls = [url for (url,) in db.execute("SELECT canonical FROM articles")]
        composed = db.execute("SELECT count(*) FROM editions WHERE composed IS NOT NULL")
        messages = db.execute("SELECT count(*) FROM messages").fetchone()
        assert composed.fetchone() == messages
    db.close()
    batches = len(urls) // BATCH
    expected = {f"https://example.org/{b}/{i}" for b in range(batches) for i in range(BATCH)}
    assert len(urls) == len(expected) and set(urls) == expected
    book = open_ledger(path.parent)
    try:
        assert book.validators(FEED).etag == str(batches - 1)
    finally:
        book.close()
    return batches


def test_a_file_where_the_state_dir_should_be_is_a_configuration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("not a folder")
    for folder in (blocker, blocker / "inner"):
        with pytest.raises(ConfigurationError, match="SUMMARIZER_STATE_DIR") as caught:
            open_ledger(folder)
        assert str(blocker) in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(ConfigurationError, match=f"cannot create {blocker}"), RunLock(blocker):
        pass


def test_a_corrupt_ledger_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / FILENAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigurationError, match="not a database") as caught:
        open_ledger(tmp_path)
    assert str(tmp_path / FILENAME) in str(caught.value)
    assert "SUMMARIZER_STATE_DIR" in str(caught.value)


def test_a_ledger_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    open_ledger(tmp_path).close()
    with sqlite3.connect(tmp_path / FILENAME) as db:
        db.execute("PRAGMA user_version = 7")
    db.close()
    with pytest.raises(ConfigurationError, match=r"newer summarizer \(schema 7\)"):
        open_ledger(tmp_path)


def test_a_second_run_is_refused_while_the_lock_is_held(tmp_path: Path) -> None:
    with RunLock(tmp_path):
        out = try_lock(tmp_path)
        with pytest.raises(ConfigurationError, match="another digest run"), RunLock(tmp_path):
            pass
    lock = tmp_path / "digest.lock"
    assert out.startswith(
        f"another digest run is in progress (lock {lock} held by pid {os.getpid()})"
    )
    with RunLock(tmp_path):
        assert (tmp_path / "digest.lock").read_text() == f"{os.getpid()}\n"


def test_a_killed_run_leaves_no_stale_lock(tmp_path: Path) -> None:
    holder = python(HOLDER, str(tmp_path))
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    with (
        pytest.raises(ConfigurationError, match=f"held by pid {holder.pid}") as caught,
        RunLock(tmp_path),
    ):
        pass
    assert caught.value.evidence["pid"] == holder.pid
    kill(holder)
    with RunLock(tmp_path):
        assert f"held by pid {os.getpid()}" in try_lock(tmp_path)
    assert try_lock(tmp_path) == "acquired"


def test_a_named_lock_names_its_run_and_leaves_the_digest_lock_free(tmp_path: Path) -> None:
    with RunLock(tmp_path, "batch.lock", "batch command"):
        assert try_lock(tmp_path) == "acquired"
        with (
            pytest.raises(ConfigurationError) as caught,
            RunLock(tmp_path, "batch.lock", "batch command"),
        ):
            pass
    lock = tmp_path / "batch.lock"
    assert str(caught.value) == (
        f"another batch command is in progress (lock {lock} held by pid {os.getpid()}); "
        "wait for it to finish"
    )
    with RunLock(tmp_path, "batch.lock", "batch command"):
        assert lock.read_text() == f"{os.getpid()}\n"
