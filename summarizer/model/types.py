"""What the model client and its helpers share: its configuration, a reply, usage counters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.config import DEFAULT_MODEL, Settings

MODES = ("json_schema", "json_object", "none")
BATCH_MODE = MODES[0]
"""Batch request lines always ask for json_schema output (the Batch API takes it)."""
NO_KEY = "sk-no-key-required"


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

    def sdk_options(self) -> dict[str, Any]:
        """The openai client's arguments; it retries nothing itself, as our retries wrap it."""
        return {
            "api_key": self.api_key or NO_KEY,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": 0,
        }


def config_for(
    settings: Settings, base_url: str | None = None, model: str | None = None
) -> ModelConfig:
    """The client configuration `settings` describe; `base_url` and `model` override theirs."""
    return ModelConfig(
        model=model or settings.model or DEFAULT_MODEL,
        base_url=settings.base_url if base_url is None else base_url,
        api_key=settings.api_key or "",
        timeout=settings.timeout,
        max_tokens=settings.max_output_tokens,
    )


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
