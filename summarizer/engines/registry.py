"""The engine table: every engine name and the factory that opens it; `auto` resolves here."""
# A third-party package adds an engine by naming its `Factory` in the entry point group
# `summarizer.engines`; it is looked up only for a name that is not built in.

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, TypeAlias

from summarizer.errors import ConfigurationError

if TYPE_CHECKING:
    from importlib import metadata

    from summarizer.config import Settings
    from summarizer.engines.base import Engine

Factory: TypeAlias = "Callable[[Settings], AbstractAsyncContextManager[Engine]]"
"""Opens an engine (and its client or server) for a whole run, and closes it afterwards."""
ENTRY_POINTS = "summarizer.engines"
AUTO = "auto"


@contextlib.asynccontextmanager
async def _extract(settings: Settings) -> AsyncIterator[Engine]:
    """The embedded extract engine: nothing to open."""
    from summarizer.engines.extract import ExtractEngine  # each engine loads only when opened

    yield ExtractEngine()


@contextlib.asynccontextmanager
async def _openai(settings: Settings) -> AsyncIterator[Engine]:
    """A model engine on the configured OpenAI-compatible endpoint."""
    if not settings.api_key and not settings.base_url:
        raise ConfigurationError(
            "the openai engine needs OPENAI_API_KEY, or --base-url (OPENAI_BASE_URL) for "
            "another OpenAI-compatible server"
        )
    async with _model_engine("openai", settings, settings.base_url, settings.model or "") as made:
        yield made


@contextlib.asynccontextmanager
async def _local(settings: Settings) -> AsyncIterator[Engine]:
    """A model engine on llama.cpp's server, started for this run on 127.0.0.1."""
    if not settings.model_path:
        raise ConfigurationError(
            "the local engine needs --model-path FILE.gguf (or SUMMARIZER_MODEL_PATH)"
        )
    from summarizer.engines import llamacpp  # each engine loads only when opened
    from summarizer.model.client import ready

    warming = threading.Thread(target=_warm_up, daemon=True)
    warming.start()
    with llamacpp.serve(settings.model_path, settings.context_window, ready) as base_url:
        warming.join()
        async with _model_engine("local", settings, base_url, "local") as made:
            yield made


ENGINES: Mapping[str, Factory] = {"extract": _extract, "openai": _openai, "local": _local}


def names() -> tuple[str, ...]:
    """The names settings may give without a third-party engine installed."""
    return (AUTO, *ENGINES)


def factory(name: str) -> Factory:
    """The factory of engine `name`: built in, else from an installed entry point."""
    if name in ENGINES:
        return ENGINES[name]
    found = _entry_point(name)
    if found is None:
        raise _unknown(name, "engine")
    loaded: Factory = found.load()
    return loaded


def check(name: str, where: str) -> str:
    """`name` when it names an engine (or auto); a ConfigurationError naming `where` if not."""
    if name != AUTO and name not in ENGINES and _entry_point(name) is None:
        raise _unknown(name, where)
    return name


def resolve(
    flags: Mapping[str, Any],
    env: Mapping[str, str] | None = None,
    config_file: str | None = None,
    *,
    base: Mapping[str, Any] | None = None,
) -> Settings:
    """`config.resolve` with the engine name checked wherever it comes from."""
    from summarizer import config  # dataclasses and TOML: `--help` lists the names without them

    return config.resolve(flags, env, config_file, base=base, check_engine=check)


@contextlib.asynccontextmanager
async def open_engine(settings: Settings) -> AsyncIterator[Engine]:
    """The engine `settings` select, with its client or local server open for the whole run."""
    async with factory(settings.resolved_engine())(settings) as engine:
        yield engine


def _entry_point(name: str) -> metadata.EntryPoint | None:
    """The installed third-party engine called `name`, if any."""
    from importlib import metadata  # slow to import: only for names not built in

    found = metadata.entry_points(group=ENTRY_POINTS, name=name)
    return next(iter(found), None)


def _unknown(name: str, where: str) -> ConfigurationError:
    return ConfigurationError(
        f"{where}: unknown engine {name!r}; valid engines: {', '.join(names())}",
        engine=name,
    )


def _warm_up() -> None:
    """Load the slow libraries (SDK, tokenizer, language model) while the local server starts."""
    import openai  # noqa: F401  # imported here only to warm it up in this thread

    from summarizer import lang
    from summarizer.engines import tokens

    tokens.load_encoding(tokens.DEFAULT_ENCODING)
    lang.warm()


@contextlib.asynccontextmanager
async def _model_engine(
    name: str, settings: Settings, base_url: str | None, model: str
) -> AsyncIterator[Engine]:
    """A ModelEngine over a client whose cache key carries the templates' version."""
    from summarizer.engines import prompt  # each engine loads only when opened
    from summarizer.engines.model_engine import ModelEngine
    from summarizer.model.cache import Cache
    from summarizer.model.client import ModelClient
    from summarizer.model.types import config_for

    prompts = prompt.load()
    client_config = config_for(settings, base_url, model)
    cache = Cache(forgiving=True) if settings.cache else None
    async with ModelClient(
        client_config, cache=cache, prompt_version=prompts.version, concurrency=settings.concurrency
    ) as client:
        yield ModelEngine(name, client, prompts, settings=settings, own_tokens=name == "local")
