"""The model client: the only module that talks to the network (OpenAI-compatible endpoints)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from summarizer.cache import Cache, cache_key, storable
from summarizer.errors import ModelError

if TYPE_CHECKING:
    import openai
    from tenacity import RetryCallState

MODES = ("json_schema", "json_object", "none")
NO_KEY = "sk-no-key-required"
NEVER_RETRIED = {400, 401, 403, 404, 422}
REFUSAL_WORDS = ("response_format", "json_schema")
STATUS_TEXT = {
    401: "authentication failed; check OPENAI_API_KEY",
    403: "permission denied; check OPENAI_API_KEY and access to the model",
    429: "rate limited",
}


@dataclass(frozen=True)
class ModelConfig:
    """Endpoint, credentials and retry budget; the API key never shows in repr or messages."""

    model: str
    base_url: str | None
    api_key: str = field(repr=False)
    timeout: float = 60
    max_attempts: int = 5
    max_wait: float = 120
    temperature: float = 0.0
    max_tokens: int | None = None
    min_wait: float = 0.5
    max_backoff: float = 30.0
    max_retry_after: float = 60.0


@dataclass(frozen=True)
class Completion:
    """One reply: its text, why it stopped, what it cost, and how it was obtained."""

    content: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    request_id: str | None
    cached: bool
    response_format: str


@dataclass(frozen=True)
class Usage:
    """What a client has spent so far: calls, cache hits, HTTP requests and tokens."""

    calls: int = 0
    cached: int = 0
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


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
        self, config: ModelConfig, *, cache: Cache | None = None, prompt_version: str = ""
    ) -> None:
        import openai

        self.config = config
        self.cache = cache
        self.prompt_version = prompt_version
        self._sdk = openai.AsyncOpenAI(
            api_key=config.api_key or NO_KEY,
            base_url=config.base_url,
            timeout=config.timeout,
            max_retries=0,
        )
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
        key = self._key(messages, schema) if self.cache else ""
        hit = self.cache.get(key) if self.cache else None
        if hit is not None:
            self._count(cached=1)
            return hit
        done = await self._structured(tuple(dict(m) for m in messages), schema, schema_name)
        self._count(prompt_tokens=done.prompt_tokens, completion_tokens=done.completion_tokens)
        if self.cache and storable(done, schema):
            self.cache.put(key, done)
        if self.recorder is not None:
            self.recorder(messages, done)
        return done

    def _key(self, messages: Sequence[Mapping[str, str]], schema: Mapping[str, Any] | None) -> str:
        return cache_key(
            base_url=str(self._sdk.base_url),
            model=self.config.model,
            prompt_version=self.prompt_version,
            messages=messages,
            schema=schema,
            temperature=self.config.temperature,
            max_tokens=self.config.max_tokens,
        )

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
            mode = MODES[self._mode]
            fmt = _response_format(mode, schema, name)
            refusable = mode != "none" and not self._confirmed
            try:
                done = await self._retrying(_Ask(messages, mode, fmt, refusable))
            except _Refused:
                self._mode += 1
                continue
            self._confirmed = True
            return done

    async def _retrying(self, ask: _Ask) -> Completion:
        """The only retry loop: transient failures are retried, the rest become ModelError."""
        import openai
        from tenacity import (
            AsyncRetrying,
            retry_if_exception,
            stop_after_attempt,
            stop_before_delay,
        )

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.config.max_attempts)
            | stop_before_delay(self.config.max_wait),
            wait=self._wait,
            retry=retry_if_exception(_transient),
            reraise=True,
        )
        attempts = 0
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    return await self._attempt(ask)
        except openai.OpenAIError as exc:
            raise _model_error(exc, attempts, self.config) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _attempt(self, ask: _Ask) -> Completion:
        """One HTTP request."""
        import openai

        extra: dict[str, Any] = {"response_format": ask.fmt} if ask.fmt is not None else {}
        if self.config.max_tokens is not None:
            extra["max_tokens"] = self.config.max_tokens
        self._count(requests=1)
        try:
            raw = await self._sdk.chat.completions.with_raw_response.create(
                model=self.config.model,
                messages=list(ask.messages),  # type: ignore[arg-type]
                temperature=self.config.temperature,
                **extra,
            )
        except openai.APIStatusError as exc:
            if ask.refusable and _refusal(exc):
                raise _Refused from None
            raise
        request_id = raw.headers.get("x-request-id")
        reply = raw.parse()
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
            response_format=ask.mode,
        )

    def _wait(self, state: RetryCallState) -> float:
        """Jittered exponential backoff, or the server's Retry-After (capped) when it is longer."""
        cfg = self.config
        growth = cfg.min_wait * 2.0 ** (state.attempt_number - 1)
        backoff = min(cfg.max_backoff, growth) + random.uniform(0, cfg.min_wait)
        hinted = _retry_after(state.outcome.exception() if state.outcome else None)
        return backoff if hinted is None else max(backoff, min(hinted, cfg.max_retry_after))


def _response_format(mode: str, schema: Mapping[str, Any], name: str) -> dict[str, Any] | None:
    if mode == "json_schema":
        spec = {"name": name, "schema": dict(schema), "strict": False}
        return {"type": "json_schema", "json_schema": spec}
    if mode == "json_object":
        return {"type": "json_object", "schema": dict(schema)}
    return None


def _refusal(exc: openai.APIStatusError) -> bool:
    """llama.cpp answers 500 to json_schema; others say 400/422 naming the parameter."""
    if exc.status_code >= 500:
        return True
    text = f"{exc.message} {exc.body}".lower()
    return exc.status_code in (400, 422) and any(w in text for w in REFUSAL_WORDS)


def _transient(exc: BaseException) -> bool:
    """Rate limits (not exhausted quota), server errors, timeouts and dropped connections."""
    import openai

    if isinstance(exc, openai.APIConnectionError):
        return True
    if not isinstance(exc, openai.APIStatusError) or exc.status_code in NEVER_RETRIED:
        return False
    if exc.status_code == 429:
        return exc.code != "insufficient_quota"
    return exc.status_code >= 500


def _retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms or Retry-After), if any."""
    from email.utils import parsedate_to_datetime

    import openai

    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    value = headers.get("retry-after") or ""
    try:
        if headers.get("retry-after-ms"):
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (ValueError, TypeError):
        return None


def _model_error(exc: Exception, attempts: int, config: ModelConfig) -> ModelError:
    """A one-line ModelError naming the status and request id; never the API key."""
    import openai

    after = f" after {attempts} attempts" if attempts > 1 else ""
    status: int | None = None
    request_id: str | None = None
    if isinstance(exc, openai.APIStatusError):
        status, request_id = exc.status_code, exc.request_id
        what = f"HTTP {status} {_status_text(exc, config)}{after}"
    elif isinstance(exc, openai.APITimeoutError):
        what = f"no answer within {config.timeout:g} s{after}"
    elif isinstance(exc, openai.APIConnectionError):
        url = exc.request.url
        where = f"{url.host}:{url.port}" if url.port else url.host
        what = f"connection to {where} failed{after}"
    else:
        what = f"unusable reply: {_scrub(str(exc), config)}"
    if request_id:
        what += f" (request id {request_id})"
    return ModelError(
        f"model error: {what}", status=status, request_id=request_id, attempts=attempts
    )


def _status_text(exc: openai.APIStatusError, config: ModelConfig) -> str:
    """Why the server said no, in a few words."""
    if exc.status_code == 429 and exc.code == "insufficient_quota":
        return "insufficient quota; check the account's plan and billing"
    if exc.status_code == 404:
        return f"not found; check the model name {config.model!r} and OPENAI_BASE_URL"
    if exc.status_code >= 500:
        return "server error"
    known = STATUS_TEXT.get(exc.status_code)
    return known or f"request rejected: {_scrub(exc.message, config)}"


def _scrub(text: str, config: ModelConfig) -> str:
    """One line, at most 200 characters, with the API key removed."""
    line = " ".join(text.split())
    if config.api_key:
        line = line.replace(config.api_key, "***")
    return line[:200]


def ready(base_url: str, timeout: float = 2.0) -> bool:
    """True once an OpenAI-compatible server at `base_url` answers GET /models."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"{base_url.rstrip('/')}/models", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False
