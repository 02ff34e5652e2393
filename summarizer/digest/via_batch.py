"""`summarize digest --via batch`: one run submits the edition's model calls, a later one sends."""
# The Batch API only pre-fills the response cache (see summarizer/batch), so once the batches are
# in, the digest summarizes as usual and every first call is a cache hit; anything the batches did
# not deliver is asked live.

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from summarizer import batch
from summarizer.config import Settings
from summarizer.digest.config import DigestConfig
from summarizer.digest.feeds import SourceFailure
from summarizer.digest.ledger import Ledger, Stored
from summarizer.engines.base import Request
from summarizer.errors import SummarizerError
from summarizer.state.folder import state_dir

Intake = Callable[[], Awaitable[tuple[list[Stored], tuple[SourceFailure, ...]]]]


@dataclass(frozen=True)
class Waiting:
    """Where the edition stands with its batches: what to tell the user."""

    message: str
    articles: int
    failures: tuple[SourceFailure, ...] = ()
    go_on: bool = False
    """Nothing to wait for (no readable article): summarize and send what there is now."""


async def advance(
    config: DigestConfig, settings: Settings, book: Ledger, edition: int, intake: Intake
) -> Waiting | None:
    """Submit the open edition's calls, or report its batches still running; None: go on."""
    jobs = book.batch_jobs(edition)
    if not jobs:
        stored, failures = await intake()
        readable = [s for s in stored if s.article is not None][: config.max_articles]
        if not readable:
            return Waiting("", len(stored), failures, go_on=True)
        jobs = await _submit(config, settings, book, edition, readable)
        return Waiting(
            f"submitted {len(readable)} articles as batch job(s) {_ids(jobs)}; run this digest "
            "again once `summarize batch status` shows them finished",
            len(stored),
            failures,
        )
    running = [b for j in jobs for b in batch.status(j).batches if not b.info.terminal]
    if running:
        return Waiting(
            f"waiting for batch job(s) {_ids(jobs)}: {len(running)} batch(es) still running "
            f"({', '.join(b.info.status for b in running)}); nothing sent yet",
            len(book.claimed(edition)),
        )
    await _collect(jobs)
    return None


async def _submit(
    config: DigestConfig, settings: Settings, book: Ledger, edition: int, stored: Sequence[Stored]
) -> tuple[int, ...]:
    """One batch job per reader language over the same articles, recorded with the edition."""
    articles = {s.canonical: s.article for s in stored if s.article is not None}
    out_dir = state_dir() / "digest-batch"
    jobs = []
    for lang in config.languages:
        done = await batch.submit(
            list(articles),
            Request(lang, config.length),
            settings,
            out_dir,
            "json",
            load=articles.__getitem__,
        )
        book.add_batch_job(edition, done.job)
        jobs.append(done.job)
    return tuple(jobs)


async def _collect(jobs: Sequence[int]) -> None:
    """Pour the finished batches into the cache; whatever they lack is simply asked live."""
    with contextlib.suppress(SummarizerError):
        await batch.pour(jobs)


def _ids(jobs: Sequence[int]) -> str:
    return ", ".join(str(j) for j in jobs)
