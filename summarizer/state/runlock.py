"""Run locks: one digest run (or batch command) at a time per state folder, freed on death."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from summarizer.errors import ConfigurationError
from summarizer.state.folder import make_state_dir, unwritable

LOCKNAME = "digest.lock"


class RunLock:
    """An exclusive, non-blocking lock file in the state folder, held for a whole `what`."""

    def __init__(self, directory: Path, name: str = LOCKNAME, what: str = "digest run") -> None:
        self.path = directory / name
        self.what = what
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        make_state_dir(self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise unwritable(self.path, exc) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _holder(fd)
            os.close(fd)
            held = f"lock {self.path} held by {f'pid {pid}' if pid else 'another process'}"
            raise ConfigurationError(
                f"another {self.what} is in progress ({held}); wait for it to finish",
                path=str(self.path),
                pid=pid,
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _holder(fd: int) -> int | None:
    """The pid the lock's holder wrote into the lock file (None while it has not yet)."""
    pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(pid) if pid.isdigit() else None
