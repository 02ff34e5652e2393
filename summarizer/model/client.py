"""The model client: the only module that talks to the network (OpenAI-compatible endpoints)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from summarizer.errors import ModelError
from summarizer.model.cache import Cache, cache_key, storable
from summarizer.model.retry import is_refusal, model_error, retry_policy
from summarizer.model.types import BATCH_MODE, MODES, Completion, ModelConfig, Usage

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletion


@dataclass(frozen=True)
class _Ask:
    """One request to make: the messages and the structured-output mode to ask in."""

    messages: tuple[dict[str, str], ...]
    mode: str
    fmt: Mapping[str, Any] | None
    refusable: bool


class _Refused(Exception):
    """The server rejected the structured-output mode we asked for."""


class ModelClient:
    """Chat completions with structured-output fallback, retries, caching and usage counters."""

    def __init__(
        self,
        config: ModelConfig,
        *,
        cache: Cache | None = None,
        prompt_version: str = "",
        concurrency: int = 64,
    ) -> None:
        import openai  # slow to import (bench/startup.py): only model calls pay it

        self.config = config
        self._gate = asyncio.Semaphore(max(1, concurrency))
        self.cache = cache
        self.prompt_version = prompt_version
        self._sdk = openai.AsyncOpenAI(**config.sdk_options())
        self._mode = 0
        self._confirmed = False
        self._usage = Usage()
        self.recorder: Callable[[Sequence[Mapping[str, str]], Completion], None] | None = None

    async def __aenter__(self) -> ModelClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        await self._sdk.close()

    def usage(self) -> Usage:
        """A snapshot of the counters."""
        return self._usage

    async def complete(
        self,
        messages: Sequence[Mapping[str, str]],
        *,
        schema: Mapping[str, Any] | None = None,
        schema_name: str = "summary",
    ) -> Completion:
        """The reply to `messages`, as JSON matching `schema` when the server supports it."""
        self._count(calls=1)
        key = self.key(messages, schema) if self.cache else ""
        # SQLite waits on the disk (commits, checkpoints); a worker thread keeps the loop free.
        hit = await asyncio.to_thread(self.cache.get, key) if self.cache else None
        if hit is not None:
            self._count(cached=1)
            return hit
        async with self._gate:
            done = await self._structured(tuple(dict(m) for m in messages), schema, schema_name)
        self._count(prompt_tokens=done.prompt_tokens, completion_tokens=done.completion_tokens)
        if self.cache and storable(done, schema):
            await asyncio.to_thread(self.cache.put, key, done)
        if self.recorder is not None:
            self.recorder(messages, done)
        return done

    def key(self, messages: Sequence[Mapping[str, str]], schema: Mapping[str, Any] | None) -> str:
        """The cache key of this request on this endpoint, model and prompt version."""
        return cache_key(
            base_url=str(self._sdk.base_url),
            model=self.config.model,
            prompt_version=self.prompt_version,
            messages=messages,
            schema=schema,
            temperature=self.config.temperature,
            max_tokens=self.config.max_tokens,
        )

    async def count_tokens(self, text: str) -> int | None:
        """`text`'s length in the server's own tokens, or None when the server cannot say."""
        # llama.cpp's /extras/tokenize/count
        import openai  # slow to import (bench/startup.py): only model calls pay it

        root = str(self._sdk.base_url).rstrip("/").removesuffix("/v1")
        try:
            reply = await self._sdk.post(
                f"{root}/extras/tokenize/count", body={"input": text}, cast_to=object
            )
        except openai.OpenAIError:
            return None
        count = reply.get("count") if isinstance(reply, dict) else None
        return count if isinstance(count, int) and count >= 0 else None

    def batch_body(
        self,
        messages: Sequence[Mapping[str, str]],
        schema: Mapping[str, Any],
        name: str = "summary",
    ) -> dict[str, Any]:
        """The chat-completions body of a Batch API request line (in BATCH_MODE)."""
        fmt = _response_format(BATCH_MODE, schema, name)
        return self._body(tuple(dict(m) for m in messages), fmt)

    def _body(
        self, messages: tuple[dict[str, str], ...], fmt: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.config.model,
            "messages": list(messages),
            "temperature": self.config.temperature,
        }
        if fmt is not None:
            body["response_format"] = fmt
        if self.config.max_tokens is not None:
            body["max_tokens"] = self.config.max_tokens
        return body

    def _count(self, **more: int) -> None:
        now = self._usage
        self._usage = replace(now, **{k: getattr(now, k) + v for k, v in more.items()})

    async def _structured(
        self, messages: tuple[dict[str, str], ...], schema: Mapping[str, Any] | None, name: str
    ) -> Completion:
        """Ask in the remembered mode, stepping down json_schema → json_object → none on refusal."""
        if schema is None:
            return await self._retrying(_Ask(messages, "none", None, refusable=False))
        while True:
            tried = self._mode
            mode = MODES[tried]
            fmt = _response_format(mode, schema, name)
            refusable = mode != "none" and not self._confirmed
            try:
                done = await self._retrying(_Ask(messages, mode, fmt, refusable))
            except _Refused:
                self._mode = max(self._mode, tried + 1)
                continue
            self._confirmed = True
            return done

    async def _retrying(self, ask: _Ask) -> Completion:
        """The only retry loop: transient failures are retried, the rest become ModelError."""
        import openai  # slow to import (bench/startup.py): only model calls pay it
        from tenacity import AsyncRetrying  # slow to import: only once a request is made

        retrying = AsyncRetrying(**retry_policy(self.config))
        attempts = 0
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    return await self._attempt(ask)
        except openai.OpenAIError as exc:
            raise model_error(exc, attempts, self.config) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _attempt(self, ask: _Ask) -> Completion:
        """One HTTP request."""
        import openai  # slow to import (bench/startup.py): only model calls pay it

        self._count(requests=1)
        body = self._body(ask.messages, ask.fmt)
        # The SDK walks every node of a JSON schema given as `response_format` to change nothing
        # (0.6 ms a call, docs/benchmarks.md); `extra_body` is sent as it is.
        fmt = body.pop("response_format", None)
        try:
            raw = await self._sdk.chat.completions.with_raw_response.create(
                **body, extra_body={"response_format": fmt} if fmt else None
            )
        except openai.APIStatusError as exc:
            if ask.refusable and is_refusal(exc):
                raise _Refused from None
            raise
        return completion_from(raw.parse(), raw.headers.get("x-request-id"), ask.mode)


def completion_from(reply: ChatCompletion, request_id: str | None, mode: str) -> Completion:
    """A Completion from the SDK's parsed reply (live or from a batch output line)."""
    if not reply.choices:
        raise ModelError("model error: the reply has no choices", request_id=request_id)
    choice, usage = reply.choices[0], reply.usage
    return Completion(
        content=choice.message.content or "",
        finish_reason=choice.finish_reason or "unknown",
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        request_id=request_id,
        cached=False,
        response_format=mode,
    )


def _response_format(mode: str, schema: Mapping[str, Any], name: str) -> dict[str, Any] | None:
    if mode == "json_schema":
        spec = {"name": name, "schema": dict(schema), "strict": False}
        return {"type": "json_schema", "json_schema": spec}
    if mode == "json_object":
        return {"type": "json_object", "schema": dict(schema)}
    return None


def ready(base_url: str, timeout: float = 2.0) -> bool:
    """True once an OpenAI-compatible server at `base_url` answers GET /models."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"{base_url.rstrip('/')}/models", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False
