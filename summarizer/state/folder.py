"""The state folder and its SQLite files: where it lives, making it, transactions, errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from summarizer.errors import ConfigurationError

FIX = "set SUMMARIZER_STATE_DIR to a writable folder"


def state_dir(env: Mapping[str, str] | None = None) -> Path:
    """$SUMMARIZER_STATE_DIR, else $XDG_STATE_HOME/summarizer, else ~/.local/state/summarizer."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_STATE_DIR"):
        return Path(env["SUMMARIZER_STATE_DIR"])
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "summarizer"


def make_state_dir(directory: Path) -> None:
    """mkdir -p `directory` (private to the user), or a ConfigurationError naming it."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise unwritable(directory, exc) from None


def unwritable(path: Path, exc: OSError) -> ConfigurationError:
    """The error for a state folder or lock file that cannot be created."""
    reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
    return ConfigurationError(f"cannot create {path}: {reason or exc}; {FIX}", path=str(path))


def unusable(what: str, path: Path, exc: Exception) -> ConfigurationError:
    """The error for a state database SQLite cannot use (corrupt, locked, not a database)."""
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return ConfigurationError(
        f"cannot use the {what} {path}: {reason}; move the file away or {FIX}", path=str(path)
    )


@contextlib.contextmanager
def transaction(
    db: sqlite3.Connection, fail: Callable[[Exception], ConfigurationError], *, write: bool = True
) -> Iterator[sqlite3.Connection]:
    """One transaction, rolled back on any error; SQLite errors become `fail(exc)`."""
    # writers take the write lock up front
    try:
        db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise fail(exc) from None
