"""Bounded concurrency: run a coroutine per item, at most `limit` at a time; load things once."""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    # asyncio loads in the coroutine helpers only: `once` serves every stage, also those that run
    # without an event loop (`summarize quotes`), and asyncio takes tens of ms to import
    import asyncio

T = TypeVar("T")
R = TypeVar("R")

# Twice the articles a run has under way at once (2 per model call in flight, 16 calls by
# default), because an article's prompt is built well before its reply is checked; at 32, 96
# articles rebuilt their sentences 68-89 times (measured).
UNDER_WAY = 64
"""What a per-article cache keeps."""
LOOKAHEAD = 4
"""How many items per running one `ordered` draws ahead, so one slow item stalls no others."""


async def gather(items: Iterable[T], work: Callable[[T], Awaitable[R]], limit: int) -> list[R]:
    """`work(item)` for every item, at most `limit` at once; results in the items' order."""
    import asyncio

    one = _gated(work, limit)
    return list(await asyncio.gather(*(one(item) for item in items)))


async def ordered(
    items: Iterable[T], work: Callable[[T], Awaitable[R]], limit: int
) -> AsyncIterator[R]:
    """Like `gather`, but yielding each result in order once it and those before it are done."""
    # items are drawn lazily, so memory stays bounded for any number of them
    import asyncio

    one = _gated(work, limit)
    pending: deque[asyncio.Task[R]] = deque()
    try:
        for item in items:
            pending.append(asyncio.ensure_future(one(item)))
            if len(pending) >= max(1, limit) * LOOKAHEAD:
                yield await pending.popleft()
        while pending:
            yield await pending.popleft()
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


def _gated(work: Callable[[T], Awaitable[R]], limit: int) -> Callable[[T], Awaitable[R]]:
    """`work` admitting at most `limit` calls at once."""
    import asyncio

    gate = asyncio.Semaphore(max(1, limit))

    async def one(item: T) -> R:
        async with gate:
            return await work(item)

    return one


# functools.cache alone lets each of the threads that first ask at once run `load`: 32 articles
# read at once compiled the cleaning patterns six times. Here a thread that asks while another
# loads waits for that load; once loaded, an ask is functools.cache's own look-up (a lock taken
# on every ask cost nine times that). Its cache_info and cache_clear count asks, so a test can see
# whether anything asked (lexicon/lazy.py); the loaded value stays.
def once(load: Callable[[], T]) -> Callable[[], T]:
    """`load` run at most once, even when threads first ask for it at the same moment."""
    lock = threading.Lock()
    loaded: list[T] = []

    @functools.wraps(load)
    def first() -> T:
        with lock:
            if not loaded:
                loaded.append(load())
            return loaded[0]

    return functools.cache(first)
