"""Batch request files: request lines streamed into JSONL parts, each full part one batch."""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.model.batch_api import ENDPOINT

if TYPE_CHECKING:
    from summarizer.model.batch_api import BatchAPI, BatchInfo


@dataclass(frozen=True)
class Limits:
    """Requests and bytes per batch file (OpenAI allows 50,000 and 200 MB), bytes per input."""

    requests: int = 50_000
    bytes: int = 190_000_000
    input_bytes: int = 20_000_000


# `part` names the current part: requests are recorded under it before their lines are written,
# so `started(part, batch)` can record the batch made of them
class Parts:
    """Request lines streamed into JSONL part files, each full part uploaded as one batch."""

    def __init__(
        self, api: BatchAPI, limits: Limits, label: str, started: Callable[[str, BatchInfo], int]
    ) -> None:
        self.batches: list[str] = []
        self.requests = 0
        self.part = ""
        self._api, self._limits, self._label, self._started = api, limits, label, started
        self._folder = tempfile.TemporaryDirectory(prefix="summarize-batch-")
        self._count = 0
        self._open()

    def __enter__(self) -> Parts:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()
        self._folder.cleanup()

    def room(self, lines: Sequence[bytes]) -> None:
        """Start a new part unless `lines` fit in this one (lines given together stay together)."""
        size = sum(len(line) for line in lines)
        over = self._lines + len(lines) > self._limits.requests
        if self._lines and (over or self._bytes + size > self._limits.bytes):
            self.flush()

    def write(self, line: bytes) -> None:
        """Append one request line to the current part."""
        self._file.write(line)
        self._lines += 1
        self._bytes += len(line)

    def flush(self) -> None:
        """Upload the current part and start its batch; later lines go to a new part."""
        self._file.close()
        if self._lines:
            file_id = self._api.upload(self._path)
            info = self._api.create(file_id, {"job": self._label, "part": self.part})
            self.requests += self._started(self.part, info)
            self.batches.append(info.id)
        self._path.unlink()
        self._open()

    def _open(self) -> None:
        """Start the next part file."""
        self._count += 1
        self.part = f"{self._label}-{uuid.uuid4().hex}"
        self._path = Path(self._folder.name) / f"job{self._label}-part{self._count}.jsonl"
        self._file = self._path.open("wb")
        self._lines = self._bytes = 0


def request_line(custom_id: str, body: str) -> bytes:
    """The input line of one chat request whose `body` is already JSON text."""
    head = f'{{"custom_id": {json.dumps(custom_id)}, "method": "POST", "url": "{ENDPOINT}"'
    return f'{head}, "body": {body}}}\n'.encode()
