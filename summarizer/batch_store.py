"""The batch store: jobs, their articles, Batch API requests and batches, in SQLite."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.errors import ConfigurationError, InputError
from summarizer.ledger import state_dir
from summarizer.model_batch import TERMINAL, BatchInfo

FILENAME = "batch.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT = 30.0
PAGE = 500
RETRYABLE = ("queued", "failed", "unfinished")
_FIX = "set SUMMARIZER_STATE_DIR to a writable folder"
_SCHEMA = """
CREATE TABLE jobs (id INTEGER PRIMARY KEY, created REAL NOT NULL, lang TEXT NOT NULL,
    length TEXT NOT NULL, format TEXT NOT NULL, out_dir TEXT NOT NULL, settings TEXT NOT NULL,
    prompt_version TEXT NOT NULL);
CREATE TABLE articles (id INTEGER PRIMARY KEY, job INTEGER NOT NULL REFERENCES jobs(id),
    spec TEXT NOT NULL, title TEXT, text TEXT, lang TEXT, origin TEXT, sha256 TEXT, output TEXT,
    error TEXT, state TEXT NOT NULL);
CREATE TABLE requests (custom_id TEXT PRIMARY KEY, body TEXT NOT NULL, mode TEXT NOT NULL,
    state TEXT NOT NULL, part TEXT, batch_id TEXT, error TEXT);
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
"""
_CLAIM = (
    "INSERT INTO requests (custom_id, body, mode, state, part) VALUES (?, ?, ?, 'queued', ?)"
    " ON CONFLICT (custom_id) DO UPDATE SET body = excluded.body, mode = excluded.mode,"
    " state = 'queued', part = excluded.part, batch_id = NULL, error = NULL"
    " WHERE requests.state != 'submitted' AND requests.part IS NOT excluded.part"
)
_UNDONE = (
    "SELECT 1 FROM article_requests ar JOIN requests r ON r.custom_id = ar.custom_id"
    " WHERE ar.article = a.id AND r.state {}"
)
_JOB_REQUESTS = (
    "custom_id IN (SELECT ar.custom_id FROM article_requests ar"
    " JOIN articles a ON a.id = ar.article WHERE a.job = ?)"
)
_BATCH = "INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"


@dataclass(frozen=True)
class EngineRecord:
    """The engine settings a job was submitted with; collect must use exactly these."""

    model: str
    base_url: str
    context_window: int
    max_input_tokens: int | None
    max_output_tokens: int
    temperature: float
    timeout: float
    concurrency: int
    price_per_mtok_in: float
    price_per_mtok_out: float


@dataclass(frozen=True)
class Job:
    """One `summarize batch submit`: what the reader asked for and how it is summarized."""

    id: int
    created: float
    lang: str
    length: str
    format: str
    out_dir: Path
    engine: EngineRecord
    prompt_version: str


@dataclass(frozen=True)
class NewRequest:
    """A first call an article needs: its cache key (the custom_id) and chat body."""

    custom_id: str
    body: str
    mode: str


@dataclass(frozen=True)
class Line:
    """A request to write into a batch input file."""

    custom_id: str
    body: str


@dataclass(frozen=True)
class Settled:
    """What a batch result line says about one request: done, failed or unfinished."""

    custom_id: str
    state: str
    error: str | None = None


@dataclass(frozen=True)
class StoredArticle:
    """An article waiting to be summarized, rebuilt from the stored cleaned text."""

    id: int
    job: int
    spec: str
    article: Article


@dataclass(frozen=True)
class Failed:
    """An input that could not be summarized, and why."""

    spec: str
    error: str


@dataclass(frozen=True)
class BatchRow:
    """A batch as last seen: status, files, counts, and whether its results are ingested."""

    id: str
    job: int
    input_file_id: str
    status: str
    output_file_id: str | None
    error_file_id: str | None
    total: int
    completed: int
    failed: int
    errors: tuple[str, ...]
    ingested: bool


@dataclass(frozen=True)
class JobCounts:
    """Articles of a job: written, failed, blocked (need --resubmit) and pending in all."""

    job: int
    articles: int
    written: int
    failed: int
    pending: int
    blocked: int


class BatchStore:
    """The SQLite store; every method is one transaction, safe to kill at any point."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path, BUSY_TIMEOUT, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise self._unusable(exc) from None

    def __enter__(self) -> BatchStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def create_job(self, job: Job) -> int:
        """Record a new job (its `id` is ignored); returns the id it got."""
        row = (time.time(), job.lang, job.length, job.format, str(job.out_dir))
        settings = json.dumps(asdict(job.engine), sort_keys=True)
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO jobs VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
                (*row, settings, job.prompt_version),
            )
            return int(cursor.lastrowid or 0)

    def jobs(self, job: int | None = None) -> list[Job]:
        """Job `job` (an InputError when there is none), or every job, oldest first."""
        where, params = ("WHERE id = ?", (job,)) if job is not None else ("", ())
        with self._transaction() as db:
            rows = db.execute(f"SELECT * FROM jobs {where} ORDER BY id", params).fetchall()
        if job is not None and not rows:
            raise InputError(f"no batch job {job}; `summarize batch status` lists the jobs")
        return [_job(row) for row in rows]

    def add_failed(self, job: int, spec: str, error: str) -> None:
        """Record an input that could not be loaded."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO articles (job, spec, error, state) VALUES (?, ?, ?, 'failed')",
                (job, spec, error),
            )

    def add_article(
        self, job: int, spec: str, article: Article, needs: Sequence[NewRequest], part: str
    ) -> list[NewRequest]:
        """Record an article and the requests it waits for; returns those `part` must send."""
        art = (article.title, article.text, article.lang, article.origin, article.sha256)
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO articles (job, spec, title, text, lang, origin, sha256, state)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')",
                (job, spec, *art),
            )
            claimed = [n for n in needs if _claim(db, n, part)]
            db.executemany(
                "INSERT OR IGNORE INTO article_requests VALUES (?, ?)",
                [(cursor.lastrowid, n.custom_id) for n in needs],
            )
        return claimed

    def submitted(self, part: str, job: int, info: BatchInfo) -> int:
        """Record batch `info` made of the requests queued for `part`; returns how many."""
        with self._transaction() as db:
            db.execute(_BATCH, (info.id, job, *_batch_fields(info)))
            return db.execute(
                "UPDATE requests SET state = 'submitted', batch_id = ?, part = NULL"
                " WHERE part = ? AND state = 'queued'",
                (info.id, part),
            ).rowcount

    def update_batch(self, info: BatchInfo) -> None:
        """Save the latest status, files and counts of a batch."""
        with self._transaction() as db:
            db.execute(
                "UPDATE batches SET input_file_id = ?, status = ?, output_file_id = ?,"
                " error_file_id = ?, total = ?, completed = ?, failed = ?, errors = ? WHERE id = ?",
                (*_batch_fields(info), info.id),
            )

    def batches(self, job: int | None = None) -> list[BatchRow]:
        """The batches of `job` (or of every job), oldest first."""
        where, params = ("WHERE job = ?", (job,)) if job is not None else ("", ())
        with self._transaction() as db:
            rows = db.execute(f"SELECT * FROM batches {where} ORDER BY rowid", params).fetchall()
        return [_batch_row(row) for row in rows]

    def settle(self, outcomes: Iterable[Settled]) -> int:
        """Apply result lines, a page per transaction; a done request is never downgraded."""
        count = 0
        for page in _pages(outcomes):
            with self._transaction() as db:
                for s in page:
                    count += db.execute(
                        "UPDATE requests SET state = ?, error = ? WHERE custom_id = ?"
                        " AND (state != 'done' OR ? = 'done')",
                        (s.state, s.error, s.custom_id, s.state),
                    ).rowcount
        return count

    def finish_batch(self, batch_id: str, error: str) -> int:
        """Mark the batch ingested; its requests without a result become unfinished."""
        with self._transaction() as db:
            db.execute("UPDATE batches SET ingested = 1 WHERE id = ?", (batch_id,))
            return db.execute(
                "UPDATE requests SET state = 'unfinished', error = ?"
                " WHERE batch_id = ? AND state = 'submitted'",
                (error, batch_id),
            ).rowcount

    def reclaim(self, job: int | None, part: str) -> Iterator[Line]:
        """Queue for `part` every queued, failed or unfinished request (of `job`), page by page."""
        scope, extra = (f" AND {_JOB_REQUESTS}", (job,)) if job is not None else ("", ())
        states = ", ".join(f"'{s}'" for s in RETRYABLE)
        last = ""
        while True:
            with self._transaction() as db:
                rows = db.execute(
                    f"SELECT custom_id, body FROM requests WHERE state IN ({states})"
                    f" AND part IS NOT ? AND custom_id > ?{scope} ORDER BY custom_id LIMIT {PAGE}",
                    (part, last, *extra),
                ).fetchall()
                db.executemany(
                    "UPDATE requests SET state = 'queued', part = ?, batch_id = NULL, error = NULL"
                    " WHERE custom_id = ?",
                    [(part, row[0]) for row in rows],
                )
            yield from (Line(row[0], row[1]) for row in rows)
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def retry_failed(self, job: int | None) -> int:
        """Make articles whose summarizing failed pending again; returns how many."""
        where, params = (" AND job = ?", (job,)) if job is not None else ("", ())
        with self._transaction() as db:
            return db.execute(
                "UPDATE articles SET state = 'pending', error = NULL"
                f" WHERE state = 'failed' AND text IS NOT NULL{where}",
                params,
            ).rowcount

    def ready(self, job: int, limit: int) -> list[StoredArticle]:
        """Up to `limit` unwritten articles of `job` whose requests are all done."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT id, job, spec, title, text, lang, origin FROM articles a"
                f" WHERE job = ? AND state = 'pending' AND NOT EXISTS ({_UNDONE.format(\"!= 'done'\")})"
                " ORDER BY id LIMIT ?",
                (job, limit),
            ).fetchall()
        return [_stored(row) for row in rows]

    def mark_written(self, article: int, output: Path) -> None:
        """Record that the article's summary is written to `output`."""
        with self._transaction() as db:
            db.execute(
                "UPDATE articles SET state = 'written', output = ?, error = NULL WHERE id = ?",
                (str(output), article),
            )

    def mark_failed(self, article: int, error: str) -> None:
        """Record why the article could not be summarized."""
        with self._transaction() as db:
            db.execute(
                "UPDATE articles SET state = 'failed', error = ? WHERE id = ?", (error, article)
            )

    def taken(self, job: int, output: Path) -> bool:
        """True when another article of `job` is already written to `output`."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT 1 FROM articles WHERE job = ? AND output = ?", (job, str(output))
            ).fetchone()
        return row is not None

    def counts(self, job: int) -> JobCounts:
        """How many articles of `job` are written, failed, pending, and blocked."""
        blocked = _UNDONE.format(f"IN ({', '.join(repr(s) for s in RETRYABLE)})")
        with self._transaction() as db:
            row = db.execute(
                "SELECT count(*), sum(state = 'written'), sum(state = 'failed'),"
                f" sum(state = 'pending'), sum(state = 'pending' AND EXISTS ({blocked}))"
                " FROM articles a WHERE job = ?",
                (job,),
            ).fetchone()
        return JobCounts(job, *(int(v or 0) for v in row))

    def failures(self, job: int) -> Iterator[Failed]:
        """The failed inputs of `job` with their errors, page by page."""
        last = 0
        while True:
            with self._transaction() as db:
                rows = db.execute(
                    "SELECT id, spec, error FROM articles WHERE job = ? AND state = 'failed'"
                    f" AND id > ? ORDER BY id LIMIT {PAGE}",
                    (job, last),
                ).fetchall()
            yield from (Failed(row[1], row[2] or "failed") for row in rows)
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def _migrate(self) -> None:
        """The current schema, created in one transaction; a newer one is refused."""
        with self._transaction() as db:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version > SCHEMA_VERSION:
                raise ConfigurationError(
                    f"the batch store {self.path} was written by a newer summarizer "
                    f"(schema {version}); upgrade it or {_FIX}",
                    path=str(self.path),
                )
            if version == 0:
                for statement in _SCHEMA.split(";"):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (lock taken up front), rolled back on any error."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise self._unusable(exc) from None

    def _unusable(self, exc: Exception) -> ConfigurationError:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return ConfigurationError(
            f"cannot use the batch store {self.path}: {reason}; move the file away or {_FIX}",
            path=str(self.path),
        )


def open_store(directory: Path | None = None) -> BatchStore:
    """The store in `directory` (default: the state dir), created on first use."""
    directory = state_dir() if directory is None else directory
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
        raise ConfigurationError(
            f"cannot create {directory}: {reason or exc}; {_FIX}", path=str(directory)
        ) from None
    return BatchStore(directory / FILENAME)


def _claim(db: sqlite3.Connection, need: NewRequest, part: str) -> bool:
    """Queue `need` for `part` unless it is in flight or already queued there."""
    return bool(db.execute(_CLAIM, (need.custom_id, need.body, need.mode, part)).rowcount)


def _pages(items: Iterable[Settled]) -> Iterator[list[Settled]]:
    page: list[Settled] = []
    for item in items:
        page.append(item)
        if len(page) == PAGE:
            yield page
            page = []
    if page:
        yield page


def _batch_fields(info: BatchInfo) -> tuple[Any, ...]:
    errors = json.dumps(list(info.errors), ensure_ascii=False)
    files = (info.input_file_id, info.status, info.output_file_id, info.error_file_id)
    return (*files, info.total, info.completed, info.failed, errors)


def _batch_row(row: tuple[Any, ...]) -> BatchRow:
    return BatchRow(*row[:9], errors=tuple(json.loads(row[9])), ingested=bool(row[10]))


def _job(row: tuple[Any, ...]) -> Job:
    engine = EngineRecord(**json.loads(row[6]))
    return Job(row[0], row[1], row[2], row[3], row[4], Path(row[5]), engine, row[7])


def _stored(row: tuple[Any, ...]) -> StoredArticle:
    article = Article.from_text(row[4], title=row[3], lang=row[5], origin=row[6])
    return StoredArticle(row[0], row[1], row[2], article)


__all__ = ["TERMINAL", "BatchStore", "open_store"]
