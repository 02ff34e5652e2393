"""The OpenAI Batch API: request files out, result lines in; the only batch code on the network."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final, TypeVar

from summarizer.errors import ModelError, redact
from summarizer.model.client import completion_from
from summarizer.model.retry import model_error, retry_policy
from summarizer.model.types import Completion, ModelConfig

if TYPE_CHECKING:
    from pathlib import Path

    from openai.types import Batch

TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
NOT_RUN = frozenset({"batch_expired", "batch_cancelled"})
ENDPOINT: Final = "/v1/chat/completions"
_T = TypeVar("_T")


@dataclass(frozen=True)
class BatchInfo:
    """A batch as the server reports it: status, files and request counts."""

    id: str
    status: str
    input_file_id: str
    output_file_id: str | None
    error_file_id: str | None
    total: int
    completed: int
    failed: int
    errors: tuple[str, ...] = ()

    @property
    def terminal(self) -> bool:
        """True once the batch will not change any more."""
        return self.status in TERMINAL


@dataclass(frozen=True)
class ResultLine:
    """One result line: the reply, or why there is none (`unfinished`: it never ran)."""

    custom_id: str
    completion: Completion | None
    error: str | None = None
    unfinished: bool = False


class BatchAPI:
    """Upload request files, create, poll and cancel batches, stream result files."""

    def __init__(self, config: ModelConfig) -> None:
        import openai  # slow to import (bench/startup.py): only model calls pay it

        self.config = config
        self._sdk = openai.OpenAI(**config.sdk_options())

    def __enter__(self) -> BatchAPI:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connections."""
        self._sdk.close()

    def probe(self) -> None:
        """Fail early, with a clear message, when the endpoint has no Batch API or refuses us."""
        try:
            self._call(lambda: self._sdk.batches.list(limit=1))
        except ModelError as exc:
            if exc.evidence.get("status") != 404:
                raise
            raise ModelError(
                f"model error: {self.config.base_url or 'the endpoint'} has no Batch API "
                "(GET /batches answered HTTP 404); use OpenAI or a server with /v1/files "
                "and /v1/batches",
                status=404,
            ) from None

    def upload(self, path: Path) -> str:
        """Upload the JSONL request file at `path` (streamed from disk); returns its file id."""

        def send() -> str:
            with path.open("rb") as fh:
                return self._sdk.files.create(
                    file=(path.name, fh, "application/jsonl"), purpose="batch"
                ).id

        return self._call(send)

    def create(self, file_id: str, metadata: Mapping[str, str]) -> BatchInfo:
        """Start a batch over the uploaded request file `file_id`."""
        # a retry after a lost answer first looks for the batch that attempt made (by
        # metadata["part"]) and adopts it
        since, tries = time.time() - 60, 0

        def start() -> BatchInfo:
            nonlocal tries
            tries += 1
            made = self._scan({metadata["part"]}, since) if tries > 1 else {}
            if made:
                return made[metadata["part"]]
            batch = self._sdk.batches.create(
                input_file_id=file_id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata=dict(metadata),
            )
            return info_of(batch, self.config.api_key)

        return self._call(start)

    def holding(self, parts: Collection[str], since: float) -> dict[str, BatchInfo]:
        """The server's batches after `since` (epoch seconds) made for one of `parts`, by part."""
        # batches made whose creation was never recorded; their metadata names the part
        return self._call(lambda: self._scan(parts, since)) if parts else {}

    def _scan(self, parts: Collection[str], since: float) -> dict[str, BatchInfo]:
        """`holding` without the retry loop (newest batches first, back to `since`)."""
        found: dict[str, BatchInfo] = {}
        for batch in self._sdk.batches.list(limit=100):
            if batch.created_at < since:
                break
            part = (batch.metadata or {}).get("part")
            if part is not None and part in parts and part not in found:
                found[part] = info_of(batch, self.config.api_key)
        return found

    def retrieve(self, batch_id: str) -> BatchInfo:
        """The batch's current state."""
        return self._call(
            lambda: info_of(self._sdk.batches.retrieve(batch_id), self.config.api_key)
        )

    def cancel(self, batch_id: str) -> BatchInfo:
        """Ask the server to cancel the batch."""
        return self._call(lambda: info_of(self._sdk.batches.cancel(batch_id), self.config.api_key))

    def lines(self, file_id: str) -> Iterator[str]:
        """The lines of a result file, streamed (the file is never held in memory)."""
        import httpx2  # comes with openai: loaded with it

        with contextlib.ExitStack() as stack:
            response = self._call(
                lambda: stack.enter_context(
                    self._sdk.with_streaming_response.files.content(file_id)
                )
            )
            count = 0
            try:
                for line in _split_lines(response.iter_bytes()):
                    count += 1
                    if line.strip():
                        yield line
            except httpx2.HTTPError as exc:
                raise ModelError(
                    f"model error: the download of file {file_id} broke off after {count} "
                    f"lines ({type(exc).__name__}); run `summarize batch collect` again",
                    file_id=file_id,
                ) from None

    def results(self, file_id: str, mode: str) -> Iterator[ResultLine]:
        """The parsed lines of an output or error file, streamed; foreign lines are skipped."""
        for text in self.lines(file_id):
            try:
                record = json.loads(text)
                custom_id = str(record["custom_id"])
                response = record.get("response") or {}
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            if response.get("status_code") == 200:
                found = _reply(custom_id, response, mode)
            else:
                found = _failure(custom_id, record.get("error"), response)
            if found.error is not None:
                found = replace(found, error=redact(found.error, self.config.api_key))
            yield found

    def _call(self, request: Callable[[], _T]) -> _T:
        """The only retry loop: transient failures are retried, the rest become ModelError."""
        import openai  # slow to import (bench/startup.py): only model calls pay it
        from tenacity import Retrying  # slow to import: only once a request is made

        retrying = Retrying(**retry_policy(self.config))
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    return request()
        except openai.OpenAIError as exc:
            raise model_error(exc, attempts, self.config) from None
        raise AssertionError("unreachable: tenacity either returns or raises")


def info_of(batch: Batch, secret: str | None = None) -> BatchInfo:
    """A BatchInfo from the SDK's Batch object (its error texts redacted of `secret`)."""
    counts = batch.request_counts
    errors = batch.errors.data if batch.errors and batch.errors.data else []
    return BatchInfo(
        id=batch.id,
        status=batch.status,
        input_file_id=batch.input_file_id,
        output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id,
        total=counts.total if counts else 0,
        completed=counts.completed if counts else 0,
        failed=counts.failed if counts else 0,
        errors=tuple(redact(_error_text(e.code, e.message, e.line), secret) for e in errors),
    )


def _error_text(code: str | None, message: str | None, line: int | None) -> str:
    """One batch-level error as a line: `code (line N): message`."""
    where = f" (line {line})" if line is not None else ""
    return f"{code or 'error'}{where}: {' '.join((message or '').split())}"


def _reply(custom_id: str, response: Mapping[str, Any], mode: str) -> ResultLine:
    """A successful line: the completion, or why the reply is unusable."""
    import pydantic  # comes with openai: loaded with it
    from openai.types.chat import ChatCompletion  # with openai, on first use

    try:
        reply = ChatCompletion.model_validate(response.get("body"))
        return ResultLine(custom_id, completion_from(reply, response.get("request_id"), mode))
    except (pydantic.ValidationError, ModelError) as exc:
        return ResultLine(custom_id, None, f"unusable reply: {str(exc).splitlines()[0]}")


def _failure(custom_id: str, error: Any, response: Mapping[str, Any]) -> ResultLine:
    """An error line: a request that never ran (batch expired or cancelled), or an HTTP error."""
    if isinstance(error, dict):
        text = f"{error.get('code')}: {error.get('message')}"
        return ResultLine(custom_id, None, text, unfinished=error.get("code") in NOT_RUN)
    body = response.get("body")
    found = body.get("error") if isinstance(body, dict) else None
    message = found.get("message") if isinstance(found, dict) else None
    return ResultLine(custom_id, None, f"HTTP {response.get('status_code')}: {message}")


def _split_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """JSONL lines split on newline bytes only: U+2028 or U+0085 in a JSON string is no break."""
    rest = b""
    for chunk in chunks:
        *complete, rest = (rest + chunk).split(b"\n")
        for raw in complete:
            yield raw.decode("utf-8")
    if rest:
        yield rest.decode("utf-8")
