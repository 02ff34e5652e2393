"""Multilingual news summaries with attributed claims and verbatim-proven quotes: the Python API."""
# docs/api.md says what a source may be (path, URL, text or bytes) and how engines and models are
# chosen (as the command line chooses them); every failure is a SummarizerError.

from __future__ import annotations

import os
import re
from collections.abc import AsyncGenerator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from summarizer.errors import (
    ConfigurationError,
    DeliveryError,
    InputError,
    ModelError,
    SummarizerError,
    VerificationError,
)

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.attribution.find import Quote
    from summarizer.config import Settings
    from summarizer.engines.base import Engine, Request
    from summarizer.pipeline import Result
    from summarizer.summary import Summary, Verification

    __version__: str

Source: TypeAlias = str | bytes | os.PathLike[str]
"""What the API summarizes: a path, an http(s) URL, the article's text, or its raw bytes."""
_SHORTEST_TEXT = 260
"""A one-line `str` shorter than this that names no file is a missing path if shaped as one."""
_PATH_SHAPE = re.compile(r"[^\"“”«»„「」\n]*(?:[/\\][^/\\\s]+|\.[A-Za-z][A-Za-z0-9]{0,4})")
"""A path's shape: no quotation mark; a file-name extension or a `/` part with no space last."""

__all__ = [
    "ConfigurationError",
    "DeliveryError",
    "InputError",
    "ModelError",
    "Quote",
    "Result",
    "Source",
    "SummarizerError",
    "Summary",
    "Verification",
    "VerificationError",
    "__version__",
    "asummarize",
    "asummarize_many",
    "quotes",
    "summarize",
    "summarize_many",
    "verify",
]


def summarize(
    source: Source,
    *,
    lang: str,
    engine: str | None = None,
    model: str | None = None,
    length: str = "medium",
    strict: bool = False,
) -> Summary:
    """The verified summary of `source` for a reader of `lang`; failing points pruned, or raised."""
    import asyncio  # slow to import (bench/startup.py): only once there is work

    return asyncio.run(
        asummarize(source, lang=lang, engine=engine, model=model, length=length, strict=strict)
    )


async def asummarize(
    source: Source,
    *,
    lang: str,
    engine: str | None = None,
    model: str | None = None,
    length: str = "medium",
    strict: bool = False,
) -> Summary:
    """`summarize` for callers that run an event loop."""
    from summarizer.engines.registry import open_engine  # the stages load on first use

    request = _request(lang, length)
    async with open_engine(_settings(engine, model)) as opened:
        made = await _summarize(source, opened, request, strict)
    if strict and made.verification is not None and not made.verification.ok:
        raise _failed(made.verification)
    return made


def summarize_many(
    sources: Iterable[Source],
    *,
    lang: str,
    engine: str | None = None,
    model: str | None = None,
    length: str = "medium",
    strict: bool = False,
    concurrency: int = 4,
) -> Iterator[Result]:
    """One `Result` (summary or error) per source, in order, `concurrency` at a time."""
    # sources are drawn lazily and one failure never stops the others
    import asyncio  # slow to import (bench/startup.py): only once there is work

    loop = asyncio.new_event_loop()
    results = asummarize_many(
        sources,
        lang=lang,
        engine=engine,
        model=model,
        length=length,
        strict=strict,
        concurrency=concurrency,
    )
    try:
        while True:
            try:
                yield loop.run_until_complete(results.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.run_until_complete(results.aclose())
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()


async def asummarize_many(
    sources: Iterable[Source],
    *,
    lang: str,
    engine: str | None = None,
    model: str | None = None,
    length: str = "medium",
    strict: bool = False,
    concurrency: int = 4,
) -> AsyncGenerator[Result, None]:
    """`summarize_many` for callers that run an event loop."""
    from summarizer.concurrency import ordered  # the stages load on first use
    from summarizer.engines.registry import open_engine
    from summarizer.pipeline import Result

    request = _request(lang, length)

    async with open_engine(_settings(engine, model)) as opened:

        async def one(source: Source) -> Result:
            try:
                made = await _summarize(source, opened, request, strict)
            except SummarizerError as exc:
                return Result(_label(source), error=exc)
            checked = made.verification
            failed = strict and checked is not None and not checked.ok
            return Result(_label(source), made, _failed(checked) if failed else None)

        async for result in ordered(sources, one, concurrency):
            yield result


def verify(summary: Summary, source: Source) -> Verification:
    """Check `summary` (from any tool) against the article it was made from."""
    from summarizer.verification.check import verify as check  # the stages load on first use

    checked = check(summary, _article(source)).verification
    assert checked is not None
    return checked


def quotes(source: Source) -> list[Quote]:
    """The direct quotations of `source` and their speakers; offsets index the cleaned text."""
    from summarizer.attribution.find import find_quotes  # the stages load on first use
    from summarizer.source import ANY_LETTERS

    article = _article(source, ANY_LETTERS)  # as `summarize quotes`: it summarizes nothing
    return list(find_quotes(article.text, article.lang, article.title))


def __getattr__(name: str) -> Any:
    """`Summary`, `Verification`, `Quote`, `Result` and `__version__`, loaded on first use."""
    # so `import summarizer` (and every command's start) stays cheap
    if name in ("Summary", "Verification"):
        from summarizer import summary

        return getattr(summary, name)
    if name == "__version__":
        from summarizer._data import version

        return version()
    if name == "Quote":
        from summarizer.attribution.find import Quote

        return Quote
    if name == "Result":
        from summarizer.pipeline import Result

        return Result
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


async def _summarize(source: Source, engine: Engine, request: Request, strict: bool) -> Summary:
    """Load `source` off the event loop, then summarize and verify it (pruned unless `strict`)."""
    import asyncio  # slow to import (bench/startup.py): only once there is work

    from summarizer.pipeline import summarize as run

    return await run(await asyncio.to_thread(_article, source), engine, request, strict=strict)


def _failed(checked: Verification | None) -> VerificationError:
    """The error a strict caller gets for a summary that failed verification."""
    kinds = ", ".join(sorted({f.kind for f in checked.errors})) if checked else ""
    return VerificationError(f"verification failed ({kinds})", verification=checked)


def _article(source: Source, min_letters: int | None = None) -> Article:
    """The cleaned article of a path, URL, text or bytes, of the summarizable length by default."""
    from dataclasses import replace

    from summarizer.source import MIN_LETTERS, load, load_bytes

    least = MIN_LETTERS if min_letters is None else min_letters
    if isinstance(source, os.PathLike):
        return load(os.fspath(source), min_letters=least)
    if isinstance(source, str) and _names_input(source):
        return load(source, min_letters=least)
    if isinstance(source, bytes):
        article = load_bytes(source, name="the given bytes", min_letters=least)
    else:
        article = load_bytes(source.encode("utf-8"), name="the given text", min_letters=least)
    return replace(article, origin=_label(source))


def _names_input(text: str) -> bool:
    """A URL, or one line that names a file or has the shape of a path."""
    if "\n" in text:
        return False
    if text.startswith(("http://", "https://")):
        return True
    if os.path.isfile(text):
        return True
    # A mistyped path must be reported as missing, not read as a one-line article; a sentence
    # (a quotation mark, or no file-name ending) is text.
    return len(text) < _SHORTEST_TEXT and _PATH_SHAPE.fullmatch(text.strip()) is not None


def _label(source: Source) -> str:
    """How a result names its source."""
    if isinstance(source, bytes):
        return "<bytes>"
    if isinstance(source, os.PathLike) or _names_input(source):
        return os.fspath(source)
    return "<text>"


def _request(lang: str, length: str) -> Request:
    """The reader's request, with the language and length checked."""
    from summarizer import lang as languages
    from summarizer.engines.base import LENGTHS, Request

    if length not in LENGTHS:
        raise InputError(f"unknown length {length!r}; choose one of {', '.join(LENGTHS)}")
    return Request(lang=languages.normalize(lang), length=length)


def _settings(engine: str | None, model: str | None) -> Settings:
    """Settings as the command line resolves them, `engine` and `model` acting as flags."""
    from summarizer.engines import registry

    return registry.resolve({"engine": engine, "model": model}, config_file=None)
