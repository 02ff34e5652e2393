"""Collect's steps: finished results into the cache, ready articles written, failures resent."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.batch.parts import Limits, request_line
from summarizer.batch.settings import (
    job_parts,
    job_settings,
    model_config,
    model_engine,
    same_as_submitted,
)
from summarizer.batch.store import PAGE
from summarizer.engines.base import Request
from summarizer.engines.prompt import SUMMARY_SCHEMA
from summarizer.engines.registry import open_engine
from summarizer.errors import ModelError, SummarizerError
from summarizer.model.batch_api import BatchAPI
from summarizer.model.cache import Cache, storable
from summarizer.model.types import BATCH_MODE
from summarizer.output import EXTENSIONS, stem, write_atomic
from summarizer.pipeline import summarize
from summarizer.render import render

if TYPE_CHECKING:
    from summarizer.batch.records import Job, StoredArticle
    from summarizer.batch.store import BatchStore
    from summarizer.model.batch_api import BatchInfo, ResultLine
    from summarizer.summary import Summary


async def ingest(store: BatchStore, job: Job) -> list[str]:
    """Stream the results of the job's finished batches into the cache; returns problems."""
    todo = [b.info for b in store.batches(job.id) if b.info.terminal and not b.ingested]
    if not todo:
        return []
    with BatchAPI(model_config(job)) as api:
        found = [_ingest_batch(store, api, Cache(), BATCH_MODE, info) for info in todo]
    return [problem for problem in found if problem]


def _ingest_batch(
    store: BatchStore, api: BatchAPI, cache: Cache, mode: str, info: BatchInfo
) -> str | None:
    """One finished batch's result lines into the cache and the store; what went wrong, if so."""
    gone = []
    for file_id in filter(None, (info.output_file_id, info.error_file_id)):
        try:
            _pour(store, cache, api.results(file_id, mode))
        except ModelError as exc:
            if exc.evidence.get("status") != 404:
                raise
            gone.append(file_id)
    reason = "; ".join(info.errors) or "no result for it"
    left = store.finish_batch(info.id, f"batch {info.id} {info.status}: {reason}")
    if gone:
        what = f"result file {gone[0]} of batch {info.id} is gone (HTTP 404)"
    elif info.status == "completed" and info.output_file_id is None:
        what = f"batch {info.id} is 'completed' but has no output file"
    else:
        return None
    done = "requests were not marked done — run `summarize batch collect --resubmit`"
    return f"{what}; its {left} {done}" if left else None


def _pour(store: BatchStore, cache: Cache, results: Iterable[ResultLine]) -> None:
    """Result lines into the cache, then the store, a page at a time (cached before done)."""
    lines = iter(results)
    while page := list(itertools.islice(lines, PAGE)):
        replies = ((r.custom_id, r.completion) for r in page if r.completion is not None)
        cache.put_many((key, reply) for key, reply in replies if storable(reply, SUMMARY_SCHEMA))
        store.settle(page)


async def write_ready(store: BatchStore, job: Job) -> list[Path]:
    """Summarize and write every article of `job` whose requests are all done."""
    size = max(1, job.settings.concurrency)
    page = store.ready(job.id, 0, size)
    if not page:
        return []
    written: list[Path] = []
    request = Request(job.lang, job.length)
    async with open_engine(job_settings(job)) as opened:
        same_as_submitted(model_engine(opened), job)

        async def one(stored: StoredArticle) -> Summary | SummarizerError:
            """The summary of one stored article, or its error."""
            try:
                return await summarize(stored.article, opened, request)
            except SummarizerError as exc:
                return exc

        while page:
            results = await asyncio.gather(*(one(a) for a in page))
            done = [_deliver(store, job, a, r) for a, r in zip(page, results, strict=True)]
            written += [p for p in done if p is not None]
            page = store.ready(job.id, page[-1].id, size)
    return written


def _deliver(
    store: BatchStore, job: Job, stored: StoredArticle, result: Summary | SummarizerError
) -> Path | None:
    """Write a summary into the job's folder and mark it; a failure is recorded instead."""
    try:
        if isinstance(result, SummarizerError):
            raise result
        path = _output_path(store, job, stored.spec)
        write_atomic(path, render(result, job.format))
    except SummarizerError as exc:
        store.mark(stored.id, error=exc.message)
        return None
    store.mark(stored.id, output=path)
    return path


def _output_path(store: BatchStore, job: Job, spec: str) -> Path:
    """`stem.lang.ext` in the job's folder, numbered when the name is taken."""
    # numbered when another article of the job has it or a file is already there (another job's,
    # say): a written count is always a new file
    name, ext, number = stem(spec), EXTENSIONS[job.format], 1
    path = job.out_dir / f"{name}.{job.lang}.{ext}"
    while store.taken(job.id, path) or path.exists():
        number += 1
        path = job.out_dir / f"{name}-{number}.{job.lang}.{ext}"
    return path


def resubmit(store: BatchStore, job: Job, limits: Limits) -> list[str]:
    """Send every failed, unfinished or stranded request of `job` again, in new batches."""
    # a stranded part whose batch the server has (the submit stopped before recording it) is adopted
    # instead, so no request a live batch holds is ever sent twice
    with BatchAPI(model_config(job)) as api, job_parts(store, job, limits, api) as parts:
        for part, info in api.holding(store.queued_parts(job.id), job.created - 60).items():
            store.submitted(part, job.id, info)
        for need in store.retryable(job.id):
            line = request_line(need.custom_id, need.body)
            parts.room([line])
            if store.requeue(need.custom_id, parts.part):
                parts.write(line)
        parts.flush()
    return parts.batches
