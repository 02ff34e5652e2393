"""The OpenAI Batch API: the only batch code that talks to the network (Files and Batches)."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from summarizer.errors import ModelError
from summarizer.model import NO_KEY
from summarizer.model_errors import is_transient, model_error, retry_after

if TYPE_CHECKING:
    from openai.types import Batch
    from tenacity import RetryCallState

    from summarizer.model import ModelConfig

TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
ENDPOINT = "/v1/chat/completions"
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


class BatchAPI:
    """Upload request files, create, poll and cancel batches, stream result files."""

    def __init__(self, config: ModelConfig) -> None:
        import openai

        self.config = config
        self._sdk = openai.OpenAI(
            api_key=config.api_key or NO_KEY,
            base_url=config.base_url,
            timeout=config.timeout,
            max_retries=0,
        )

    def __enter__(self) -> BatchAPI:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connections."""
        self._sdk.close()

    def upload(self, path: Path) -> str:
        """Upload the JSONL request file at `path` (streamed from disk); returns its file id."""

        def send() -> str:
            with path.open("rb") as fh:
                return self._sdk.files.create(
                    file=(path.name, fh, "application/jsonl"), purpose="batch"
                ).id

        try:
            return self._call(send)
        except ModelError as exc:
            if exc.evidence.get("status") != 404:
                raise
            raise ModelError(
                f"model error: {self.config.base_url or 'the endpoint'} has no Batch API "
                "(uploading a file answered HTTP 404); use OpenAI or a server with "
                "/v1/files and /v1/batches",
                status=404,
            ) from None

    def create(self, file_id: str, metadata: Mapping[str, str]) -> BatchInfo:
        """Start a batch over the uploaded request file `file_id`."""
        return self._call(
            lambda: info_of(
                self._sdk.batches.create(
                    input_file_id=file_id,
                    endpoint=ENDPOINT,
                    completion_window="24h",
                    metadata=dict(metadata),
                )
            )
        )

    def retrieve(self, batch_id: str) -> BatchInfo:
        """The batch's current state."""
        return self._call(lambda: info_of(self._sdk.batches.retrieve(batch_id)))

    def cancel(self, batch_id: str) -> BatchInfo:
        """Ask the server to cancel the batch."""
        return self._call(lambda: info_of(self._sdk.batches.cancel(batch_id)))

    def lines(self, file_id: str) -> Iterator[str]:
        """The lines of a result file, streamed (the file is never held in memory)."""
        import httpx2

        with contextlib.ExitStack() as stack:
            response = self._call(
                lambda: stack.enter_context(
                    self._sdk.with_streaming_response.files.content(file_id)
                )
            )
            count = 0
            try:
                for line in response.iter_lines():
                    count += 1
                    if line.strip():
                        yield line
            except httpx2.HTTPError as exc:
                raise ModelError(
                    f"model error: the download of file {file_id} broke off after {count} "
                    f"lines ({type(exc).__name__}); run `summarize batch collect` again",
                    file_id=file_id,
                ) from None

    def _call(self, request: Callable[[], _T]) -> _T:
        """The only retry loop: transient failures are retried, the rest become ModelError."""
        import openai
        from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_before_delay

        retrying = Retrying(
            stop=stop_after_attempt(self.config.max_attempts)
            | stop_before_delay(self.config.max_wait),
            wait=self._wait,
            retry=retry_if_exception(is_transient),
            reraise=True,
        )
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    return request()
        except openai.OpenAIError as exc:
            raise model_error(exc, attempts, self.config) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    def _wait(self, state: RetryCallState) -> float:
        """Jittered exponential backoff, or the server's Retry-After (capped) when longer."""
        cfg = self.config
        growth = cfg.min_wait * 2.0 ** (state.attempt_number - 1)
        backoff = min(cfg.max_backoff, growth) + random.uniform(0, cfg.min_wait)
        hinted = retry_after(state.outcome.exception() if state.outcome else None)
        return backoff if hinted is None else max(backoff, min(hinted, cfg.max_retry_after))


def info_of(batch: Batch) -> BatchInfo:
    """A BatchInfo from the SDK's Batch object."""
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
        errors=tuple(_error_text(e.code, e.message, e.line) for e in errors),
    )


def _error_text(code: str | None, message: str | None, line: int | None) -> str:
    """One batch-level error as a line: `code (line N): message`."""
    where = f" (line {line})" if line is not None else ""
    return f"{code or 'error'}{where}: {' '.join((message or '').split())}"
