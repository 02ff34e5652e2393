"""The digest ledger: articles seen, which edition took them, and messages sent, in SQLite."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.errors import ConfigurationError
from summarizer.state.folder import make_state_dir, state_dir, transaction, unusable
from summarizer.state.sqlite import Schema, open_database

FILENAME = "digest.sqlite3"
SCHEMA = Schema(
    "digest ledger",
    """
CREATE TABLE editions (id INTEGER PRIMARY KEY, created REAL NOT NULL, composed REAL);
CREATE TABLE articles (id INTEGER PRIMARY KEY, edition INTEGER NOT NULL REFERENCES editions(id),
    canonical TEXT NOT NULL UNIQUE, link TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL,
    error TEXT, claimed REAL NOT NULL, content_hash TEXT UNIQUE, text TEXT, article_title TEXT,
    lang TEXT, origin TEXT);
CREATE TABLE messages (message_id TEXT PRIMARY KEY,
    edition INTEGER NOT NULL REFERENCES editions(id), recipient TEXT NOT NULL, lang TEXT NOT NULL,
    raw BLOB NOT NULL, composed REAL NOT NULL, sent_at REAL);
CREATE TABLE feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE edition_jobs (edition INTEGER NOT NULL REFERENCES editions(id), job INTEGER NOT NULL,
    PRIMARY KEY (edition, job))
""",
    synchronous="FULL",
)
"""Durable commits: a message marked sent must stay marked across a power cut."""
_CLAIM = f"INSERT INTO articles VALUES (NULL, {', '.join('?' * 12)}) ON CONFLICT DO NOTHING"
_OUTGOING = "SELECT edition, recipient, lang, message_id, raw, sent_at FROM messages"
_SAVE_FEED = (
    "INSERT INTO feeds VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE"
    " SET etag = excluded.etag, last_modified = excluded.last_modified"
)


@dataclass(frozen=True)
class FeedState:
    """A feed's conditional-GET validators, saved with the articles its fetch produced."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Claim:
    """An article an edition takes: cleaned (article set) or failed to fetch (error set)."""

    canonical: str
    link: str
    title: str
    outlet: str
    article: Article | None = None
    error: str | None = None


@dataclass(frozen=True)
class Stored:
    """A claimed article as read back from the ledger; `article` is rebuilt from stored text."""

    id: int
    edition: int
    canonical: str
    link: str
    title: str
    outlet: str
    article: Article | None
    error: str | None


@dataclass(frozen=True)
class Outgoing:
    """One composed message for one recipient, stored before it is sent."""

    edition: int
    recipient: str
    lang: str
    message_id: str
    raw: bytes
    sent_at: float | None = None


class _RolledBack(Exception):
    """Ends a transaction whose only purpose was to look: it is rolled back."""


class Ledger:
    """The SQLite ledger; every method is one transaction, safe to kill at any point."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_database(path, SCHEMA, self._unusable, threads=True)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def validators(self, feed_url: str) -> FeedState:
        """The saved ETag/Last-Modified of `feed_url` (both None when never fetched)."""
        row = self._one("SELECT etag, last_modified FROM feeds WHERE url = ?", feed_url)
        return FeedState(feed_url) if row is None else FeedState(feed_url, row[0], row[1])

    def known(self, canonical: str) -> bool:
        """True when an article with this canonical URL is already in the ledger."""
        return self._one("SELECT 1 FROM articles WHERE canonical = ?", canonical) is not None

    def holds(self, content_hash: str) -> bool:
        """True when an article with this cleaned text (its sha256) is already in the ledger."""
        return self._one("SELECT 1 FROM articles WHERE content_hash = ?", content_hash) is not None

    def open_edition(self) -> int:
        """The edition still being assembled (claimed but not composed), created if none."""
        with self._transaction(write=True) as db:
            row = db.execute(
                "SELECT id FROM editions WHERE composed IS NULL ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is not None:
                return int(row[0])
            cursor = db.execute("INSERT INTO editions (created) VALUES (?)", (time.time(),))
            return int(cursor.lastrowid or 0)

    def claim(self, edition: int, claims: Sequence[Claim], feeds: Sequence[FeedState]) -> int:
        """Add new articles to `edition` and save feed validators, atomically; how many were new."""
        # duplicates by canonical URL or by content hash are skipped
        rows = [_claim_row(edition, claim) for claim in claims]
        with self._transaction(write=True) as db:
            _require_open(db, edition)
            added = 0
            for row in rows:
                added += db.execute(_CLAIM, row).rowcount
            db.executemany(_SAVE_FEED, [(f.url, f.etag, f.last_modified) for f in feeds])
        return added

    def preview(self, claims: Sequence[Claim]) -> list[Stored]:
        """What a new edition would take from `claims`, worked out in a rolled-back transaction."""
        found: list[Stored] = []
        with contextlib.suppress(_RolledBack), self._transaction(write=True) as db:
            cursor = db.execute("INSERT INTO editions (created) VALUES (?)", (time.time(),))
            edition = int(cursor.lastrowid or 0)
            for claim in claims:
                db.execute(_CLAIM, _claim_row(edition, claim))
            rows = db.execute("SELECT * FROM articles WHERE edition = ? ORDER BY id", (edition,))
            found = [_stored(row) for row in rows.fetchall()]
            raise _RolledBack
        return found

    def claimed(self, edition: int) -> list[Stored]:
        """The articles `edition` took, in the order they were claimed."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT * FROM articles WHERE edition = ? ORDER BY id", (edition,)
            ).fetchall()
        return [_stored(row) for row in rows]

    def bind(self, owner: str) -> None:
        """Tie this ledger to one digest config; another config using it is refused."""
        with self._transaction(write=True) as db:
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE key = 'config'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('config', ?)", (owner,))
            elif row[0] != owner:
                raise ConfigurationError(
                    f"the state folder {self.path.parent} belongs to the digest config {row[0]}; "
                    "give each digest config its own state folder (SUMMARIZER_STATE_DIR)",
                    owner=row[0],
                )

    def batch_jobs(self, edition: int) -> tuple[int, ...]:
        """The Batch API jobs carrying `edition`'s model calls (`digest --via batch`)."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT job FROM edition_jobs WHERE edition = ? ORDER BY job", (edition,)
            )
            return tuple(int(job) for (job,) in rows.fetchall())

    def add_batch_job(self, edition: int, job: int) -> None:
        """Record that batch job `job` carries model calls of the open `edition`."""
        with self._transaction(write=True) as db:
            _require_open(db, edition)
            db.execute("INSERT OR IGNORE INTO edition_jobs VALUES (?, ?)", (edition, job))

    def compose(
        self, edition: int, messages: Sequence[Outgoing], release: Sequence[int] = ()
    ) -> None:
        """Store `messages` as pending and close `edition` to new articles, atomically."""
        # the articles in `release` leave the ledger, so the next run takes them up again
        now = time.time()
        rows = [(m.message_id, edition, m.recipient, m.lang, m.raw, now) for m in messages]
        with self._transaction(write=True) as db:
            _require_open(db, edition)
            db.executemany(
                "DELETE FROM articles WHERE id = ? AND edition = ?", [(a, edition) for a in release]
            )
            for row in rows:
                try:
                    db.execute("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, NULL)", row)
                except sqlite3.IntegrityError:
                    raise ValueError(f"message id {row[0]} is already stored") from None
            db.execute("UPDATE editions SET composed = ? WHERE id = ?", (now, edition))

    def pending(self) -> list[Outgoing]:
        """Composed messages not yet accepted by the mail server, oldest first."""
        with self._transaction() as db:
            rows = db.execute(f"{_OUTGOING} WHERE sent_at IS NULL ORDER BY composed, rowid")
            return [_outgoing(row) for row in rows.fetchall()]

    def mark_sent(self, message_id: str) -> None:
        """Record that the mail server accepted the message `message_id`."""
        with self._transaction(write=True) as db:
            changed = db.execute(
                "UPDATE messages SET sent_at = coalesce(sent_at, ?) WHERE message_id = ?",
                (time.time(), message_id),
            ).rowcount
        if not changed:
            raise ValueError(f"no message {message_id} in the ledger")

    def sent(self) -> list[Outgoing]:
        """Every message the mail server accepted, oldest first."""
        with self._transaction() as db:
            rows = db.execute(f"{_OUTGOING} WHERE sent_at IS NOT NULL ORDER BY sent_at, rowid")
            return [_outgoing(row) for row in rows.fetchall()]

    def _one(self, sql: str, *params: object) -> tuple[Any, ...] | None:
        """The first row `sql` selects, read in its own transaction."""
        with self._transaction() as db:
            row: tuple[Any, ...] | None = db.execute(sql, params).fetchone()
        return row

    @contextlib.contextmanager
    def _transaction(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction, rolled back on any error, one thread at a time."""
        with self._lock, transaction(self._db, self._unusable, write=write) as db:
            yield db

    def _unusable(self, exc: Exception) -> ConfigurationError:
        return unusable("digest ledger", self.path, exc)


def _require_open(db: sqlite3.Connection, edition: int) -> None:
    """Refuse (as a programming error) to change an edition that is unknown or already composed."""
    row = db.execute("SELECT composed FROM editions WHERE id = ?", (edition,)).fetchone()
    if row is None:
        raise ValueError(f"no edition {edition} in the ledger")
    if row[0] is not None:
        raise ValueError(f"edition {edition} is already composed")


def _claim_row(edition: int, claim: Claim) -> tuple[Any, ...]:
    """The articles row of `claim`; exactly one of article and error must be set."""
    if (claim.article is None) == (claim.error is None):
        raise ValueError(f"claim {claim.canonical} needs exactly one of article and error")
    art = claim.article
    found = (art.sha256, art.text, art.title, art.lang, art.origin) if art else (None,) * 5
    listed = (edition, claim.canonical, claim.link, claim.title, claim.outlet, claim.error)
    return (*listed, time.time(), *found)


def _stored(row: tuple[Any, ...]) -> Stored:
    """Rebuild an articles row (columns in SCHEMA order) as read back from the ledger."""
    text, title, lang, origin = row[9:]
    article = Article.from_text(text, title=title, lang=lang, origin=origin) if text else None
    return Stored(row[0], row[1], row[2], row[3], row[4], row[5], article, row[6])


def _outgoing(row: tuple[Any, ...]) -> Outgoing:
    """A messages row selected by _OUTGOING."""
    return Outgoing(row[0], row[1], row[2], row[3], bytes(row[4]), row[5])


def open_ledger(directory: Path | None = None) -> Ledger:
    """The ledger in `directory` (default: state_dir()), created on first use."""
    directory = state_dir() if directory is None else directory
    make_state_dir(directory)
    return Ledger(directory / FILENAME)
