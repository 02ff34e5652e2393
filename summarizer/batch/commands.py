"""Bulk summaries through the OpenAI Batch API, which only pre-fills the response cache."""
# `submit` sends the uncached first calls of every article as batch request lines (custom_id = cache
# key); `collect` streams the results into the cache and runs the normal pipeline, whose first calls
# are then cache hits (reduce, re-ask and repair stay live calls). Submit and collect hold the state
# folder's batch lock; status may run at any time.

from __future__ import annotations

import collections
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import source
from summarizer.batch import results
from summarizer.batch.parts import Limits, Parts, request_line
from summarizer.batch.records import BatchRow, Job, NewRequest
from summarizer.batch.report import Failed, JobCounts, counts, failures
from summarizer.batch.settings import job_parts, model_config, model_engine, recorded
from summarizer.batch.store import BatchStore, open_store
from summarizer.engines.base import Request
from summarizer.engines.prompt import SUMMARY_SCHEMA
from summarizer.engines.registry import open_engine
from summarizer.errors import ModelError, SummarizerError
from summarizer.model.batch_api import BatchAPI
from summarizer.state.folder import state_dir
from summarizer.state.runlock import RunLock

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.config import Settings
    from summarizer.engines.model_engine import ModelEngine
    from summarizer.model.client import ModelClient

DEFAULT_LIMITS = Limits()
LOCKNAME = "batch.lock"


@dataclass(frozen=True)
class Submitted:
    """What a submit recorded: inputs, failures, new request lines, cached articles, batches."""

    job: int
    articles: int
    failed: int
    requests: int
    cached: int
    batches: tuple[str, ...]


@dataclass(frozen=True)
class Status:
    """Every batch of the jobs asked about, as just refreshed, and their article counts."""

    batches: tuple[BatchRow, ...]
    jobs: tuple[JobCounts, ...]


@dataclass(frozen=True)
class Collected:
    """Summaries written now; articles still pending, blocked (need --resubmit) or failed."""

    written: tuple[Path, ...]
    pending: int
    blocked: int
    failed: int
    resubmitted: tuple[str, ...]


async def submit(
    inputs: Iterable[str],
    request: Request,
    settings: Settings,
    out_dir: Path,
    fmt: str,
    limits: Limits = DEFAULT_LIMITS,
    load: Callable[[str], Article] | None = None,
) -> Submitted:
    """Record a job and stream the uncached first calls of every input as batches."""
    # `load` turns an input into its article (default: read and clean it with source.load)
    reader = load or (lambda spec: source.load(spec, max_bytes=limits.input_bytes))
    kept = recorded(settings)
    with lock():
        async with open_engine(replace(kept, api_key=settings.api_key)) as opened:
            engine = model_engine(opened)
            with BatchAPI(engine.client.config) as api, open_store() as store:
                api.probe()
                asked = (request.lang, request.length, fmt, out_dir.resolve(), kept)
                job = Job(0, 0.0, *asked, engine.client.config.temperature, engine.prompts.version)
                job = replace(job, id=store.create_job(job))
                with job_parts(store, job, limits, api) as parts:
                    tally = _send(store, engine, job, inputs, reader, parts)
    total, failed, cached = sum(tally.values()), tally["failed"], tally["cached"]
    return Submitted(job.id, total, failed, parts.requests, cached, tuple(parts.batches))


def status(job: int | None = None) -> Status:
    """Refresh the unfinished batches of `job` (or of every job) and count its articles."""
    with open_store() as store:
        jobs = store.jobs(job)
        _refresh(store, jobs)
        batches = tuple(b for j in jobs for b in store.batches(j.id))
        return Status(batches, tuple(counts(store, j.id) for j in jobs))


async def collect(
    job: int | None = None, resubmit: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Collected:
    """Ingest finished batches, write every article whose requests are all in, maybe resubmit."""
    # with `resubmit`, what failed or never finished is sent again in new batches
    with lock(), open_store() as store:
        every = store.jobs()
        targets = store.jobs(job) if job is not None else every
        _refresh(store, every)
        broken = [problem for j in every for problem in await results.ingest(store, j)]
        if broken and not resubmit:
            raise ModelError(broken[0], batches=len(broken))
        written: list[Path] = []
        again: list[str] = []
        for j in targets:
            if resubmit:
                store.retry_failed(j.id)
            written += await results.write_ready(store, j)
            if resubmit:
                again += results.resubmit(store, j, limits)
        found = [counts(store, j.id) for j in targets]
    blocked = sum(c.blocked for c in found)
    pending = sum(c.pending for c in found) - blocked
    failed = sum(c.failed for c in found)
    return Collected(tuple(written), pending, blocked, failed, tuple(again))


async def pour(jobs: Sequence[int]) -> list[str]:
    """Ingest the finished batches of `jobs` into the cache, writing no summary; what went wrong."""
    # for callers that summarize themselves, like the digest
    with lock(), open_store() as store:
        chosen = [j for j in store.jobs() if j.id in set(jobs)]
        _refresh(store, chosen)
        return [problem for j in chosen for problem in await results.ingest(store, j)]


def problems(job: int | None = None) -> Iterator[Failed]:
    """The failed articles of `job` (or of every job), and those waiting for a failed request."""
    with open_store() as store:
        for j in store.jobs(job):
            yield from failures(store, j.id)


def lock() -> RunLock:
    """The batch lock of the state folder: one submit or collect at a time."""
    return RunLock(state_dir(), LOCKNAME, "batch command")


def _send(
    store: BatchStore,
    engine: ModelEngine,
    job: Job,
    inputs: Iterable[str],
    load: Callable[[str], Article],
    parts: Parts,
) -> collections.Counter[str]:
    """Queue every input's uncached first calls into batches; counts how each input went."""
    tally: collections.Counter[str] = collections.Counter()
    try:
        for spec in inputs:
            tally[_submit_one(store, engine, job, spec, parts, load)] += 1
        parts.flush()
    except ModelError as exc:
        raise ModelError(
            f"{exc.message}; batch job {job.id} was not completely submitted: once that "
            "is fixed, run the same submit again (requests already sent are not resent)",
            **exc.evidence,
        ) from None
    return tally


def _submit_one(
    store: BatchStore,
    engine: ModelEngine,
    job: Job,
    spec: str,
    parts: Parts,
    load: Callable[[str], Article],
) -> str:
    """Load and record one input and queue its uncached first calls: failed|cached|queued."""
    try:
        article = load(spec)
        calls = engine.first_calls(article, Request(job.lang, job.length))
    except SummarizerError as exc:
        store.add_failed(job.id, spec, exc.message)
        return "failed"
    needs = list(_needs(engine.client, calls))
    parts.room([request_line(n.custom_id, n.body) for n in needs])
    for need in store.add_article(job.id, spec, article, needs, parts.part):
        parts.write(request_line(need.custom_id, need.body))
    return "queued" if needs else "cached"


def _needs(client: ModelClient, calls: Sequence[list[dict[str, str]]]) -> Iterator[NewRequest]:
    """The calls whose replies are not cached, keyed by their cache key."""
    assert client.cache is not None
    for messages in calls:
        key = client.key(messages, SUMMARY_SCHEMA)
        if client.cache.get(key) is None:
            body = client.batch_body(messages, SUMMARY_SCHEMA)
            yield NewRequest(key, json.dumps(body, ensure_ascii=False))


def _refresh(store: BatchStore, jobs: Sequence[Job]) -> None:
    """Ask the server about every batch of `jobs` that has not reached a final state."""
    for job in jobs:
        waiting = [b for b in store.batches(job.id) if not b.info.terminal]
        if waiting:
            with BatchAPI(model_config(job)) as api:
                for row in waiting:
                    store.update_batch(api.retrieve(row.info.id))
