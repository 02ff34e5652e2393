"""Bulk summaries through the OpenAI Batch API: a batch only pre-fills the response cache.

`submit` sends the first calls of every article that are not cached yet as batch request lines
(custom_id = cache key); `collect` streams the results into the cache and then runs the normal
pipeline, whose first calls are now cache hits (reduce, re-ask and repair stay live calls).
"""

from __future__ import annotations

import asyncio
import collections
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.batch_store import (
    BatchRow,
    BatchStore,
    Failed,
    Job,
    JobCounts,
    NewRequest,
    StoredArticle,
    open_store,
)
from summarizer.config import DEFAULT_MODEL, ENV
from summarizer.engine import Engine, Request, open_engine
from summarizer.errors import ConfigurationError, ModelError, SummarizerError
from summarizer.model_batch import BatchAPI, BatchInfo, Limits, Parts, Result, request_line
from summarizer.prompt import SUMMARY_SCHEMA

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.config import Settings
    from summarizer.llm import ModelEngine
    from summarizer.model import ModelClient, ModelConfig
    from summarizer.summary import Summary

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_LIMITS = Limits()


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
    """Record a job and send the uncached first calls of every input as batches (streamed);
    `load` turns an input into its article (default: read and clean it with source.load)."""
    from summarizer import source

    reader = load or (lambda spec: source.load(spec, max_bytes=limits.input_bytes))
    recorded = _recorded(settings)
    async with open_engine(replace(recorded, api_key=settings.api_key)) as opened:
        engine = _model_engine(opened)
        client = engine.client
        with BatchAPI(client.config) as probing:
            probing.probe()
        with open_store() as store:
            asked = (request.lang, request.length, fmt, out_dir.resolve(), recorded)
            job = Job(0, 0.0, *asked, client.config.temperature, engine.prompts.version)
            job = replace(job, id=store.create_job(job))
            tally: collections.Counter[str] = collections.Counter()
            try:
                with BatchAPI(client.config) as api, _parts(store, job, limits, api) as parts:
                    for spec in inputs:
                        tally[_submit_one(store, engine, job, spec, parts, reader)] += 1
                    parts.flush()
            except ModelError as exc:
                raise ModelError(
                    f"{exc.message}; batch job {job.id} was not completely submitted: once that "
                    "is fixed, run the same submit again (requests already sent are not resent)",
                    **exc.evidence,
                ) from None
    total = sum(tally.values())
    failed, cached = tally["failed"], tally["cached"]
    return Submitted(job.id, total, failed, parts.requests, cached, tuple(parts.batches))


def status(job: int | None = None) -> Status:
    """Refresh the unfinished batches of `job` (or of every job) and count its articles."""
    with open_store() as store:
        jobs = store.jobs(job)
        _refresh(store, jobs)
        batches = tuple(b for j in jobs for b in store.batches(j.id))
        return Status(batches, tuple(store.counts(j.id) for j in jobs))


async def collect(
    job: int | None = None, resubmit: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Collected:
    """Ingest finished batches into the cache, write every article whose requests are all in;
    with `resubmit`, send what failed or never finished again in new batches."""
    with open_store() as store:
        every = store.jobs()
        targets = store.jobs(job) if job is not None else every
        _refresh(store, every)
        broken = [problem for j in every for problem in await _ingest(store, j)]
        if broken and not resubmit:
            raise ModelError(broken[0], batches=len(broken))
        written: list[Path] = []
        again: list[str] = []
        for j in targets:
            if resubmit:
                store.retry_failed(j.id)
            written += await _write_ready(store, j)
            if resubmit:
                again += _resubmit(store, j, limits)
        counts = [store.counts(j.id) for j in targets]
    blocked = sum(c.blocked for c in counts)
    pending = sum(c.pending for c in counts) - blocked
    failed = sum(c.failed for c in counts)
    return Collected(tuple(written), pending, blocked, failed, tuple(again))


def problems(job: int | None = None) -> Iterator[Failed]:
    """The failed articles of `job` (or of every job), and those waiting for a failed request."""
    with open_store() as store:
        for j in store.jobs(job):
            yield from store.failures(j.id)


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
            with BatchAPI(_model_config(job)) as api:
                for row in waiting:
                    store.update_batch(api.retrieve(row.info.id))


async def _ingest(store: BatchStore, job: Job) -> list[str]:
    """Stream the results of the job's finished batches into the cache; returns problems."""
    todo = [b.info for b in store.batches(job.id) if b.info.terminal and not b.ingested]
    if not todo:
        return []
    async with open_engine(_settings(job)) as opened:
        client = _model_engine(opened).client
        mode = (client.batch_body([], SUMMARY_SCHEMA).get("response_format") or {}).get("type")
        with BatchAPI(_model_config(job)) as api:
            found = [_ingest_batch(store, api, client, mode or "none", info) for info in todo]
    return [problem for problem in found if problem]


def _ingest_batch(
    store: BatchStore, api: BatchAPI, client: ModelClient, mode: str, info: BatchInfo
) -> str | None:
    """One finished batch's result lines into the cache and the store; what went wrong, if so."""
    gone = []
    for file_id in filter(None, (info.output_file_id, info.error_file_id)):
        try:
            store.settle(_cached(r, client) for r in api.results(file_id, mode))
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


def _cached(result: Result, client: ModelClient) -> Result:
    """Put a result line's reply into the cache under its custom_id (the cache key)."""
    if result.completion is not None:
        client.remember(result.custom_id, result.completion, SUMMARY_SCHEMA)
    return result


async def _write_ready(store: BatchStore, job: Job) -> list[Path]:
    """Summarize and write every article of `job` whose requests are all done."""
    from summarizer.pipeline import summarize

    size = max(1, job.settings.concurrency)
    page = store.ready(job.id, 0, size)
    if not page:
        return []
    written: list[Path] = []
    request = Request(job.lang, job.length)
    async with open_engine(_settings(job)) as opened:
        _same_as_submitted(_model_engine(opened), job)

        async def one(stored: StoredArticle) -> Summary | SummarizerError:
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
    from summarizer.output import write_atomic
    from summarizer.render import render

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
    """`stem.lang.ext` in the job's folder, numbered when another article of the job has it."""
    from summarizer.cli.run import EXTENSIONS, stem

    name, ext, number = stem(spec), EXTENSIONS[job.format], 1
    path = job.out_dir / f"{name}.{job.lang}.{ext}"
    while store.taken(job.id, path):
        number += 1
        path = job.out_dir / f"{name}-{number}.{job.lang}.{ext}"
    return path


def _resubmit(store: BatchStore, job: Job, limits: Limits) -> list[str]:
    """Send every failed, unfinished or stranded request of `job` again, in new batches."""
    with BatchAPI(_model_config(job)) as api, _parts(store, job, limits, api) as parts:
        for need in store.retryable(job.id):
            line = request_line(need.custom_id, need.body)
            parts.room([line])
            if store.requeue(need.custom_id, parts.part):
                parts.write(line)
        parts.flush()
    return parts.batches


def _parts(store: BatchStore, job: Job, limits: Limits, api: BatchAPI) -> Parts:
    """Part files whose batches are recorded with the requests queued for them."""
    return Parts(api, limits, str(job.id), lambda part, info: store.submitted(part, job.id, info))


def _recorded(settings: Settings) -> Settings:
    """The settings a job keeps (no API key), with the endpoint and model made explicit."""
    name = settings.resolved_engine()
    if name != "openai":
        raise ConfigurationError(
            f"batch needs an OpenAI-compatible endpoint with a Batch API (not the {name} "
            "engine): set OPENAI_BASE_URL or OPENAI_API_KEY"
        )
    if not settings.cache:
        raise ConfigurationError(
            "batch works by filling the response cache: drop --no-cache (or `cache = false` "
            "in the config file)"
        )
    base_url = settings.base_url or DEFAULT_BASE_URL
    model = settings.model or DEFAULT_MODEL
    return replace(settings, engine="openai", model=model, base_url=base_url, api_key=None)


def _settings(job: Job) -> Settings:
    """The job's recorded settings with the API key from the environment."""
    return replace(job.settings, api_key=os.environ.get(ENV["api_key"]) or None)


def _model_config(job: Job) -> ModelConfig:
    """Endpoint and credentials of the job's Batch API."""
    from summarizer.model import ModelConfig

    settings = _settings(job)
    return ModelConfig(
        model=settings.model or DEFAULT_MODEL,
        base_url=settings.base_url,
        api_key=settings.api_key or "",
        timeout=settings.timeout,
    )


def _model_engine(opened: Engine) -> ModelEngine:
    from summarizer.llm import ModelEngine

    assert isinstance(opened, ModelEngine), "batch engines are always model engines"
    return opened


def _same_as_submitted(engine: ModelEngine, job: Job) -> None:
    """Refuse to summarize when the replies would miss the cache the batch filled."""
    now = (engine.prompts.version, engine.client.config.temperature)
    then = (job.prompt_version, job.temperature)
    if now != then:
        what = "prompt templates" if now[0] != then[0] else "model temperature"
        was, rather = (then[0], now[0]) if now[0] != then[0] else (then[1], now[1])
        raise ConfigurationError(
            f"the {what} changed since batch job {job.id} was submitted ({was}, now {rather}): "
            "the batch results would miss the cache; restore them, or submit the inputs again",
            job=job.id,
        )
