"""The batch store: jobs, their articles, Batch API requests and batches, in SQLite."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import astuple
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.batch.records import (
    BatchRow,
    Job,
    NewRequest,
    StoredArticle,
    batch_fields,
    batch_row_of,
    job_fields,
    job_of,
    stored_of,
)
from summarizer.errors import ConfigurationError, InputError
from summarizer.state.folder import make_state_dir, state_dir, transaction, unusable
from summarizer.state.sqlite import Schema, open_database

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.model.batch_api import BatchInfo, ResultLine

FILENAME = "batch.sqlite3"
PAGE = 500
RETRYABLE = "('queued', 'failed', 'unfinished')"
SCHEMA = Schema(
    "batch store",
    """
CREATE TABLE jobs (id INTEGER PRIMARY KEY, created REAL NOT NULL, lang TEXT NOT NULL,
    length TEXT NOT NULL, format TEXT NOT NULL, out_dir TEXT NOT NULL, settings TEXT NOT NULL,
    temperature REAL NOT NULL, prompt_version TEXT NOT NULL);
CREATE TABLE articles (id INTEGER PRIMARY KEY, job INTEGER NOT NULL REFERENCES jobs(id),
    spec TEXT NOT NULL, title TEXT, text TEXT, lang TEXT, origin TEXT, sha256 TEXT, output TEXT,
    error TEXT, state TEXT NOT NULL);
CREATE TABLE requests (custom_id TEXT PRIMARY KEY, body TEXT NOT NULL, state TEXT NOT NULL,
    part TEXT, batch_id TEXT, error TEXT);
CREATE TABLE article_requests (article INTEGER NOT NULL REFERENCES articles(id),
    custom_id TEXT NOT NULL REFERENCES requests(custom_id), PRIMARY KEY (article, custom_id));
CREATE TABLE batches (id TEXT PRIMARY KEY, job INTEGER NOT NULL REFERENCES jobs(id),
    input_file_id TEXT NOT NULL, status TEXT NOT NULL, output_file_id TEXT, error_file_id TEXT,
    total INTEGER NOT NULL, completed INTEGER NOT NULL, failed INTEGER NOT NULL,
    errors TEXT NOT NULL, ingested INTEGER NOT NULL DEFAULT 0);
CREATE INDEX articles_job ON articles (job, state);
CREATE INDEX requests_part ON requests (part);
CREATE INDEX requests_batch ON requests (batch_id, state);
CREATE INDEX requests_state ON requests (state);
CREATE INDEX article_requests_id ON article_requests (custom_id)
""",
    upgrades=("CREATE INDEX articles_output ON articles (job, output)",),  # schema 1 → 2, ...
    synchronous="NORMAL",
)
_CLAIM = (
    "INSERT INTO requests (custom_id, body, state, part) VALUES (?, ?, 'queued', ?)"
    " ON CONFLICT (custom_id) DO UPDATE SET body = excluded.body, state = 'queued',"
    " part = excluded.part, batch_id = NULL, error = NULL"
    " WHERE requests.state != 'submitted' AND requests.part IS NOT excluded.part"
)
WAITING = (
    "SELECT 1 FROM article_requests ar JOIN requests r ON r.custom_id = ar.custom_id"
    " WHERE ar.article = a.id AND r.state"
)
_JOB_REQUESTS = (
    "custom_id IN (SELECT ar.custom_id FROM article_requests ar"
    " JOIN articles a ON a.id = ar.article WHERE a.job = ?)"
)
_BATCH = "INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
_ARTICLE = (
    "INSERT INTO articles (job, spec, title, text, lang, origin, sha256, state)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')"
)
_SETTLE = (
    "UPDATE requests SET state = ?, error = ?"
    " WHERE custom_id = ? AND (state != 'done' OR ? = 'done')"
)


class BatchStore:
    """The SQLite store; every method is one transaction, safe to kill at any point."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = open_database(path, SCHEMA, self._unusable)

    def __enter__(self) -> BatchStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def create_job(self, job: Job) -> int:
        """Record a new job (its `id`, `created` and API key are ignored); returns its id."""
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO jobs VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                job_fields(job, time.time()),
            )
            return int(cursor.lastrowid or 0)

    def jobs(self, job: int | None = None) -> list[Job]:
        """Job `job` (an InputError when there is none), or every job, oldest first."""
        where, params = ("WHERE id = ?", (job,)) if job is not None else ("", ())
        rows = self.select(f"SELECT * FROM jobs {where} ORDER BY id", params)
        if job is not None and not rows:
            raise InputError(f"no batch job {job}; `summarize batch status` lists the jobs")
        return [job_of(row) for row in rows]

    def add_failed(self, job: int, spec: str, error: str) -> None:
        """Record an input that could not be loaded."""
        sql = "INSERT INTO articles (job, spec, error, state) VALUES (?, ?, ?, 'failed')"
        self._change(sql, (job, spec, error))

    def add_article(
        self, job: int, spec: str, article: Article, needs: Sequence[NewRequest], part: str
    ) -> list[NewRequest]:
        """Record an article and the requests it waits for; returns those `part` must send."""
        art = (article.title, article.text, article.lang, article.origin, article.sha256)
        with self._transaction() as db:
            cursor = db.execute(_ARTICLE, (job, spec, *art))
            claimed = [n for n in needs if db.execute(_CLAIM, (*astuple(n), part)).rowcount]
            links = [(cursor.lastrowid, n.custom_id) for n in needs]
            db.executemany("INSERT OR IGNORE INTO article_requests VALUES (?, ?)", links)
        return claimed

    def submitted(self, part: str, job: int, info: BatchInfo) -> int:
        """Record batch `info` made of the requests queued for `part`; returns how many."""
        with self._transaction() as db:
            db.execute(_BATCH, (info.id, job, *batch_fields(info)))
            return db.execute(
                "UPDATE requests SET state = 'submitted', batch_id = ?, part = NULL"
                " WHERE part = ? AND state = 'queued'",
                (info.id, part),
            ).rowcount

    def update_batch(self, info: BatchInfo) -> None:
        """Save the latest status, files, counts and errors of a batch."""
        sql = (
            "UPDATE batches SET input_file_id = ?, status = ?, output_file_id = ?,"
            " error_file_id = ?, total = ?, completed = ?, failed = ?, errors = ? WHERE id = ?"
        )
        self._change(sql, (*batch_fields(info), info.id))

    def batches(self, job: int | None = None) -> list[BatchRow]:
        """The batches of `job` (or of every job), oldest first."""
        where, params = ("WHERE job = ?", (job,)) if job is not None else ("", ())
        return [
            batch_row_of(r)
            for r in self.select(f"SELECT * FROM batches {where} ORDER BY rowid", params)
        ]

    def settle(self, results: Iterable[ResultLine]) -> int:
        """Mark requests done, failed or unfinished as result lines say, a page per transaction."""
        # a done request is never downgraded
        count, lines = 0, iter(results)
        while page := list(itertools.islice(lines, PAGE)):
            with self._transaction() as db:
                for r in page:
                    state = "done" if r.completion else "unfinished" if r.unfinished else "failed"
                    count += db.execute(_SETTLE, (state, r.error, r.custom_id, state)).rowcount
        return count

    def finish_batch(self, batch_id: str, error: str) -> int:
        """Mark the batch ingested; its requests still without a result become unfinished."""
        with self._transaction() as db:
            db.execute("UPDATE batches SET ingested = 1 WHERE id = ?", (batch_id,))
            return db.execute(
                "UPDATE requests SET state = 'unfinished', error = ?"
                " WHERE batch_id = ? AND state = 'submitted'",
                (error, batch_id),
            ).rowcount

    def retryable(self, job: int | None) -> Iterator[NewRequest]:
        """Every queued, failed or unfinished request (of `job`), page by page."""
        scope, params = (f" AND {_JOB_REQUESTS}", (job,)) if job is not None else ("", ())
        sql = f"SELECT custom_id, body FROM requests WHERE state IN {RETRYABLE}{scope}"
        return (NewRequest(*row) for row in self.paged(sql, "custom_id", params, ""))

    def queued_parts(self, job: int) -> set[str]:
        """Parts of `job` whose requests are queued: their batch may exist on the server."""
        sql = f"SELECT DISTINCT part FROM requests WHERE state = 'queued' AND {_JOB_REQUESTS}"
        return {str(row[0]) for row in self.select(sql, (job,)) if row[0] is not None}

    def requeue(self, custom_id: str, part: str) -> bool:
        """Queue a queued, failed or unfinished request for `part`; False if it is not one."""
        sql = (
            "UPDATE requests SET state = 'queued', part = ?, batch_id = NULL, error = NULL"
            f" WHERE custom_id = ? AND state IN {RETRYABLE} AND part IS NOT ?"
        )
        return bool(self._change(sql, (part, custom_id, part)))

    def retry_failed(self, job: int) -> int:
        """Make the articles of `job` whose summarizing failed pending again; returns how many."""
        sql = "UPDATE articles SET state = 'pending', error = NULL WHERE state = 'failed'"
        return self._change(f"{sql} AND text IS NOT NULL AND job = ?", (job,))

    def ready(self, job: int, after: int, limit: int) -> list[StoredArticle]:
        """Up to `limit` unwritten articles of `job` past id `after` whose requests are done."""
        rows = self.select(
            "SELECT id, spec, title, text, lang, origin FROM articles a WHERE job = ? AND id > ?"
            f" AND state = 'pending' AND NOT EXISTS ({WAITING} != 'done') ORDER BY id LIMIT ?",
            (job, after, limit),
        )
        return [stored_of(row) for row in rows]

    def mark(self, article: int, *, output: Path | None = None, error: str = "") -> None:
        """Record the article's summary as written to `output`, or the `error` that stopped it."""
        state, where = ("written", str(output)) if output else ("failed", None)
        sql = "UPDATE articles SET state = ?, output = ?, error = ? WHERE id = ?"
        self._change(sql, (state, where, error or None, article))

    def taken(self, job: int, output: Path) -> bool:
        """True when an article of `job` is already written to `output`."""
        sql = "SELECT 1 FROM articles WHERE job = ? AND output = ?"
        return bool(self.select(sql, (job, str(output))))

    def paged(self, sql: str, key: str, params: tuple[Any, ...], start: Any) -> Iterator[Any]:
        """Rows of `sql` (ending in a WHERE clause) past `start` of its first column, paged."""
        last = start
        while True:
            rows = self.select(f"{sql} AND {key} > ? ORDER BY {key} LIMIT {PAGE}", (*params, last))
            yield from rows
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def select(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """Every row of one query (a read: it takes no write lock)."""
        with self._transaction(write=False) as db:
            return db.execute(sql, params).fetchall()

    def _change(self, sql: str, params: tuple[Any, ...]) -> int:
        """Run one writing statement in a transaction; the number of rows it changed."""
        with self._transaction() as db:
            return int(db.execute(sql, params).rowcount)

    @contextlib.contextmanager
    def _transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction (writers take the write lock up front), rolled back on any error."""
        with transaction(self._db, self._unusable, write=write) as db:
            yield db

    def _unusable(self, exc: Exception) -> ConfigurationError:
        """The error for a store that cannot be used."""
        return unusable("batch store", self.path, exc)


def open_store(directory: Path | None = None) -> BatchStore:
    """The store in `directory` (default: the state dir), created on first use."""
    directory = state_dir() if directory is None else directory
    make_state_dir(directory)
    return BatchStore(directory / FILENAME)
