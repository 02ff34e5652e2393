"""The engine interface, and opening the engine the settings ask for."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from summarizer.article import Article
from summarizer.errors import ConfigurationError
from summarizer.summary import Summary

if TYPE_CHECKING:
    from summarizer.config import Settings

LENGTHS = {"short": 3, "medium": 6, "long": 10}


@dataclass(frozen=True)
class Request:
    """What the reader asked for: language (canonical code) and length."""

    lang: str
    length: str = "medium"

    @property
    def max_points(self) -> int:
        """Number of points the summary should aim for."""
        return LENGTHS[self.length]


class Engine(Protocol):
    """Turns one article into a summary (the pipeline verifies it if needed, then prunes)."""

    name: str

    async def summarize(self, article: Article, request: Request) -> Summary:
        """Summarize `article` for `request`."""
        ...


@contextlib.asynccontextmanager
async def open_engine(settings: Settings) -> AsyncIterator[Engine]:
    """The engine `settings` select, with its client or local server open for the whole run."""
    name = settings.resolved_engine()
    if name == "extract":
        from summarizer.engines.extract import ExtractEngine

        yield ExtractEngine()
        return
    if name == "local":
        from summarizer.engines import llamacpp
        from summarizer.model.client import ready

        if not settings.model_path:
            raise ConfigurationError(
                "the local engine needs --model-path FILE.gguf (or SUMMARIZER_MODEL_PATH)"
            )
        warming = threading.Thread(target=_warm_up, daemon=True)
        warming.start()
        with llamacpp.serve(settings.model_path, settings.context_window, ready) as base_url:
            warming.join()
            async with _model_engine("local", settings, base_url, "local") as engine:
                yield engine
        return
    async with _model_engine("openai", settings, settings.base_url, settings.model or "") as engine:
        yield engine


def _warm_up() -> None:
    """Load the slow libraries (SDK, tokenizer, language model) while the local server starts."""
    import openai  # noqa: F401

    from summarizer import lang
    from summarizer.engines import tokens

    tokens.load_encoding(tokens.DEFAULT_ENCODING)
    lang.warm()


@contextlib.asynccontextmanager
async def _model_engine(
    name: str, settings: Settings, base_url: str | None, model: str
) -> AsyncIterator[Engine]:
    """A ModelEngine over a client whose cache key carries the templates' version."""
    from summarizer.engines import prompt
    from summarizer.engines.model_engine import ModelEngine
    from summarizer.model.cache import Cache
    from summarizer.model.client import ModelClient, config_for

    prompts = prompt.load()
    config = config_for(settings, base_url, model)
    cache = Cache() if settings.cache else None
    async with ModelClient(
        config, cache=cache, prompt_version=prompts.version, concurrency=settings.concurrency
    ) as client:
        yield ModelEngine(name, client, prompts, settings=settings, own_tokens=name == "local")
