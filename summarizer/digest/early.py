"""Summaries begun while the rest of a digest's articles are still being read."""
# so that reading overlaps the model's latency instead of coming before all of it
# (docs/benchmarks.md, issue 12)

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from types import TracebackType

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.engines.base import Engine, Request
from summarizer.engines.registry import open_engine
from summarizer.pipeline import AHEAD, summarize
from summarizer.summary import Summary


# each article that will surely be in the edition is begun as soon as it and every article
# listed before it are read; `summary` hands over the one begun, or makes it then
class HeadStart:
    """The run's engine, opened with the first article, and the summaries begun early."""

    def __init__(self, settings: Settings, langs: Sequence[str], length: str) -> None:
        self.settings = settings
        self.langs = tuple(langs)
        self.length = length
        self.gate = asyncio.Semaphore(AHEAD * max(1, settings.concurrency))
        self._lock = asyncio.Lock()
        self._stack = contextlib.AsyncExitStack()
        self._engine: Engine | None = None
        self._begun: dict[tuple[Article, str], asyncio.Task[Summary]] = {}

    async def __aenter__(self) -> HeadStart:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Cancel what was begun and not handed over, then close the engine."""
        for task in self._begun.values():
            task.cancel()
        await asyncio.gather(*self._begun.values(), return_exceptions=True)
        await self._stack.aclose()

    async def engine(self) -> Engine:
        """The engine, opened on first use (an opening that fails raises for every caller)."""
        async with self._lock:
            if self._engine is None:
                self._engine = await self._stack.enter_async_context(open_engine(self.settings))
            return self._engine

    def reader(
        self, room: int, new: Callable[[Article], bool]
    ) -> Callable[[int, Article | None], None]:
        """A callback for the intake: `read(n, article)` for the n-th listed item once read."""
        # article None when it failed. Articles are begun in listed order, the first copy of a text
        # only, only `new` ones, and at most `room` of them, as the ledger will claim them.
        ready: dict[int, Article | None] = {}
        texts: set[str] = set()
        place = 0

        def read(n: int, article: Article | None) -> None:
            nonlocal place, room
            ready[n] = article
            while place in ready:
                found = ready.pop(place)
                place += 1
                if found is None or found.sha256 in texts or room <= 0 or not new(found):
                    continue
                texts.add(found.sha256)
                room -= 1
                for lang in self.langs:
                    self._begun[(found, lang)] = asyncio.ensure_future(self._made(found, lang))

        return read

    async def summary(self, article: Article, lang: str) -> Summary:
        """The summary of `article` in `lang`: the one begun early, or one made now."""
        begun = self._begun.pop((article, lang), None)
        return await (begun if begun is not None else self._made(article, lang))

    async def _made(self, article: Article, lang: str) -> Summary:
        async with self.gate:
            return await summarize(article, await self.engine(), Request(lang, self.length))
