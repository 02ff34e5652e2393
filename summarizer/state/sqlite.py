"""Opening an SQLite store: WAL mode, and its schema made or upgraded in one transaction."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigurationError
from summarizer.state.folder import FIX, transaction

BUSY_TIMEOUT = 30.0
Fail = Callable[[Exception], ConfigurationError]
"""Turns an SQLite failure into the store's own one-line error."""


@dataclass(frozen=True)
class Schema:
    """A store's tables: what it is called, its first version, and one statement per upgrade."""

    what: str
    tables: str
    upgrades: tuple[str, ...] = ()
    synchronous: str | None = None
    fix: str = FIX

    @property
    def version(self) -> int:
        """The `PRAGMA user_version` of a store that is up to date."""
        return 1 + len(self.upgrades)


def open_database(
    path: Path, schema: Schema, fail: Fail, *, threads: bool = False
) -> sqlite3.Connection:
    """An autocommit connection to `path`, prepared; `threads` lets other threads use it."""
    try:
        db = sqlite3.connect(
            path, BUSY_TIMEOUT, isolation_level=None, check_same_thread=not threads
        )
    except sqlite3.Error as exc:
        raise fail(exc) from None
    try:
        prepare(db, path, schema, fail)
    except BaseException:
        db.close()
        raise
    return db


def prepare(db: sqlite3.Connection, path: Path, schema: Schema, fail: Fail) -> None:
    """WAL mode, then the schema made or upgraded in one transaction."""
    # a racing process may briefly hold the lock; a store written by a newer schema is refused
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            if schema.synchronous:
                db.execute(f"PRAGMA synchronous={schema.synchronous}")
            break
        except sqlite3.DatabaseError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise fail(exc) from None
            time.sleep(0.01)
    with transaction(db, fail) as tx:
        (version,) = tx.execute("PRAGMA user_version").fetchone()
        if version > schema.version:
            raise ConfigurationError(
                f"the {schema.what} {path} was written by a newer summarizer (schema {version}); "
                f"upgrade it or {schema.fix}",
                path=str(path),
            )
        if version == schema.version:
            return
        if version == 0:
            for statement in schema.tables.split(";"):
                tx.execute(statement)
            version = 1
        for statement in schema.upgrades[version - 1 :]:
            tx.execute(statement)
        tx.execute(f"PRAGMA user_version = {schema.version}")
