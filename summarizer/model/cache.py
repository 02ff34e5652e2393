"""The response cache: model completions in SQLite, keyed by everything that shapes the reply."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigurationError
from summarizer.model.types import Completion
from summarizer.state.sqlite import BUSY_TIMEOUT, Schema, prepare

_log = logging.getLogger(__name__)
FILENAME = "cache.sqlite3"
PAGE = 500
FIX = "set SUMMARIZER_CACHE_DIR or run without the cache"
SCHEMA = Schema(
    "response cache",
    """
CREATE TABLE IF NOT EXISTS completions (
    key TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    finish_reason TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    request_id TEXT,
    response_format TEXT NOT NULL,
    created REAL NOT NULL
)
""",
    fix=FIX,
)
"""IF NOT EXISTS: caches made before the schema had a version already hold the table."""
_PUT = (
    "INSERT OR REPLACE INTO completions (key, content, finish_reason, prompt_tokens,"
    " completion_tokens, request_id, response_format, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class CacheStats:
    """Size of the cache on disk and how often this process was served from it."""

    entries: int
    bytes: int
    hits: int


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """$SUMMARIZER_CACHE_DIR, else $XDG_CACHE_HOME/summarizer, else ~/.cache/summarizer."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_CACHE_DIR"):
        return Path(env["SUMMARIZER_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def cache_key(
    *,
    base_url: str,
    model: str,
    prompt_version: str,
    messages: Sequence[Mapping[str, str]],
    schema: Mapping[str, Any] | None,
    temperature: float,
    max_tokens: int | None,
) -> str:
    """sha256 of the canonical JSON of everything that determines a reply (never the API key)."""
    canonical = json.dumps(
        {
            "base_url": base_url.rstrip("/"),
            "model": model,
            "prompt_version": prompt_version,
            "messages": [dict(m) for m in messages],
            "schema": schema,
            "temperature": temperature,
            "max_tokens": max_tokens,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def storable(completion: Completion, schema: Mapping[str, Any] | None) -> bool:
    """Only complete replies are cached, and only valid JSON when JSON was asked for."""
    if completion.finish_reason != "stop" or schema is None:
        return completion.finish_reason == "stop"
    try:
        json.loads(completion.content)
    except ValueError:
        return False
    return True


# `get` and `put` keep one connection per thread (each operation still its own committed
# transaction), the rest open one per operation. A `forgiving` cache (a live run's) that fails is
# reported once as a warning and bypassed.
class Cache:
    """Completions on disk in WAL mode, safe across threads and processes."""

    def __init__(self, path: Path | None = None, *, forgiving: bool = False) -> None:
        self.path = path if path is not None else cache_dir() / FILENAME
        self.forgiving = forgiving
        self.broken: str | None = None
        self._hits = 0
        self._ready = False
        self._lock = threading.Lock()
        self._local = threading.local()
        self._generation = 0

    def get(self, key: str) -> Completion | None:
        """The stored completion for `key` (marked cached), or None."""
        row = None
        with self._failing_softly() as db:
            row = db.execute(
                "SELECT content, finish_reason, prompt_tokens, completion_tokens, request_id,"
                " response_format FROM completions WHERE key = ?",
                (key,),
            ).fetchone()
        if row is None:
            return None
        with self._lock:
            self._hits += 1
        return Completion(row[0], row[1], row[2], row[3], row[4], True, row[5])

    def put(self, key: str, completion: Completion) -> None:
        """Store `completion` under `key`, replacing any older entry."""
        with self._failing_softly() as db:
            db.execute(_PUT, _row(key, completion, time.time()))

    def put_many(self, items: Iterable[tuple[str, Completion]]) -> int:
        """Store (key, completion) pairs like `put`, one transaction per page; returns how many."""
        count, pairs = 0, iter(items)
        while page := list(itertools.islice(pairs, PAGE)):
            now = time.time()
            with self._connect() as db:
                db.executemany(_PUT, (_row(key, done, now) for key, done in page))
            count += len(page)
        return count

    def stats(self) -> CacheStats:
        """Entries stored, bytes on disk (database and write-ahead log), hits in this process."""
        with self._connect() as db:
            (entries,) = db.execute("SELECT count(*) FROM completions").fetchone()
        size = sum(p.stat().st_size for p in self._files() if p.exists())
        return CacheStats(entries=int(entries), bytes=size, hits=self._hits)

    def clear(self) -> int:
        """Delete every entry; returns how many there were (-1: a corrupt file was removed)."""
        try:
            with self._connect() as db:
                removed = db.execute("DELETE FROM completions").rowcount
            with self._connect() as db:
                db.execute("VACUUM")
        except ConfigurationError as exc:
            if not exc.evidence.get("corrupt"):
                raise
            for path in (*self._files(), self.path.with_name(self.path.name + "-shm")):
                path.unlink(missing_ok=True)
            self._ready = False  # the next connection makes the schema in a new file
            return -1
        finally:
            self._generation += 1  # connections kept by threads reopen the file
        return int(removed)

    def _files(self) -> tuple[Path, ...]:
        return (self.path, self.path.with_name(self.path.name + "-wal"))

    @contextlib.contextmanager
    def _failing_softly(self) -> Iterator[sqlite3.Connection | _Nothing]:
        """`_connect`, except that a forgiving cache that fails warns once and does nothing."""
        if self.broken is not None:
            yield _Nothing()
            return
        try:
            with self._kept() as db:
                yield db
        except ConfigurationError as exc:
            if not self.forgiving:
                raise
            with self._lock:  # calls run in worker threads: only the first failure warns
                first, self.broken = self.broken is None, self.broken or exc.message
            if first:
                _log.warning("%s; this run goes on without the cache", exc.message)

    @contextlib.contextmanager
    def _kept(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, opened on first use; committed on success, else dropped."""
        # one per operation cost 2.3 ms CPU an article: each close checkpoints the log
        held = getattr(self._local, "held", None)
        if held is None or held[0] != self._generation:
            if held is not None:
                held[1].close()
            self._local.held = held = (self._generation, self._open())
        try:
            with held[1] as db:
                yield db
        except sqlite3.DatabaseError as exc:
            self._local.held = None
            held[1].close()
            raise self._unusable(exc) from None

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection in WAL mode, committed on success and always closed."""
        db = self._open()
        try:
            with db:
                yield db
        except sqlite3.DatabaseError as exc:
            raise self._unusable(exc) from None
        finally:
            db.close()

    def _open(self) -> sqlite3.Connection:
        """A connection to the cache file, its schema prepared once per cache object."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT)
        except (OSError, sqlite3.Error) as exc:
            raise self._unusable(exc) from None
        try:
            if not self._ready:
                prepare(db, self.path, SCHEMA, self._unusable)
                self._ready = True
        except sqlite3.DatabaseError as exc:
            db.close()
            raise self._unusable(exc) from None
        except BaseException:
            db.close()
            raise
        return db

    def _unusable(self, exc: Exception) -> ConfigurationError:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        corrupt = isinstance(exc, sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.OperationalError
        )
        fix = "`summarize cache clear` removes it, or run without the cache" if corrupt else FIX
        return ConfigurationError(
            f"cannot use the response cache {self.path}: {reason}; {fix}",
            path=str(self.path),
            corrupt=corrupt,
        )


class _Nothing:
    """Stands in for the connection of a bypassed cache: every query finds nothing."""

    def execute(self, *_: object) -> _Nothing:
        """Run nothing."""
        return self

    def fetchone(self) -> None:
        """No row."""
        return None


def _row(key: str, done: Completion, created: float) -> tuple[Any, ...]:
    """The completions row of `done` under `key`."""
    head = (key, done.content, done.finish_reason, done.prompt_tokens, done.completion_tokens)
    return (*head, done.request_id, done.response_format, created)
