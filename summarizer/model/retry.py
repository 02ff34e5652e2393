"""How OpenAI SDK failures are judged: refused, worth retrying, how long to wait, what to say."""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Any

from summarizer.errors import ModelError, redact
from summarizer.model.types import ModelConfig

if TYPE_CHECKING:
    import openai
    from tenacity import RetryCallState

NEVER_RETRIED = {400, 401, 403, 404, 422}
REFUSAL_WORDS = ("response_format", "json_schema")
STATUS_TEXT = {
    401: "authentication failed; check OPENAI_API_KEY",
    403: "permission denied; check OPENAI_API_KEY and access to the model",
    429: "rate limited",
}


def is_refusal(exc: openai.APIStatusError) -> bool:
    """llama.cpp answers 500 to json_schema; others say 400/422 naming the parameter."""
    if exc.status_code >= 500:
        return True
    text = f"{exc.message} {exc.body}".lower()
    return exc.status_code in (400, 422) and any(w in text for w in REFUSAL_WORDS)


def is_transient(exc: BaseException) -> bool:
    """Rate limits (not exhausted quota), server errors, timeouts and dropped connections."""
    import openai  # slow to import (bench/startup.py): only model calls pay it

    if isinstance(exc, openai.APIConnectionError):
        return True
    if not isinstance(exc, openai.APIStatusError) or exc.status_code in NEVER_RETRIED:
        return False
    if exc.status_code == 429:
        return exc.code != "insufficient_quota"
    return exc.status_code >= 500


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms or Retry-After), if any."""
    from email.utils import parsedate_to_datetime

    import openai  # slow to import (bench/startup.py): only model calls pay it

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


def model_error(exc: Exception, attempts: int, config: ModelConfig) -> ModelError:
    """A one-line ModelError naming the status and request id; never the API key."""
    import openai  # slow to import (bench/startup.py): only model calls pay it

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
    return redact(text, config.api_key)[:200]


def retry_policy(config: ModelConfig) -> dict[str, Any]:
    """tenacity's arguments for every model request: transient failures only, bounded."""
    # bounded by attempts and total wait, with `backoff` between tries
    # tenacity is slow to import: only once a request is made
    from tenacity import retry_if_exception, stop_after_attempt, stop_before_delay

    return {
        "stop": stop_after_attempt(config.max_attempts) | stop_before_delay(config.max_wait),
        "wait": lambda state: backoff(config, state),
        "retry": retry_if_exception(is_transient),
        "reraise": True,
    }


def backoff(config: ModelConfig, state: RetryCallState) -> float:
    """Jittered exponential backoff, or the server's Retry-After (capped) when it is longer."""
    growth = config.min_wait * 2.0 ** (state.attempt_number - 1)
    pause = min(config.max_backoff, growth) + random.uniform(0, config.min_wait)
    hinted = retry_after(state.outcome.exception() if state.outcome else None)
    return pause if hinted is None else max(pause, min(hinted, config.max_retry_after))
