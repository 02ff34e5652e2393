"""What the batch store reports: article counts per job, and the articles that need attention."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.batch.store import RETRYABLE, WAITING, BatchStore

_BLOCKED = f"state = 'pending' AND EXISTS ({WAITING} IN {RETRYABLE})"
_WHY = (
    "SELECT 'request ' || r.state || coalesce(' (' || r.error || ')', '') FROM"
    " article_requests ar JOIN requests r ON r.custom_id = ar.custom_id"
    f" WHERE ar.article = a.id AND r.state IN {RETRYABLE} LIMIT 1"
)


@dataclass(frozen=True)
class Failed:
    """An input that could not be summarized (or waits for --resubmit), and why."""

    spec: str
    error: str


@dataclass(frozen=True)
class JobCounts:
    """Articles of a job: written, failed, pending, and blocked (pending, need --resubmit)."""

    job: int
    articles: int
    written: int
    failed: int
    pending: int
    blocked: int


def counts(store: BatchStore, job: int) -> JobCounts:
    """How many articles of `job` are written, failed, pending, and blocked."""
    (row,) = store.select(
        "SELECT count(*), sum(state = 'written'), sum(state = 'failed'),"
        f" sum(state = 'pending'), sum({_BLOCKED}) FROM articles a WHERE job = ?",
        (job,),
    )
    return JobCounts(job, *(int(v or 0) for v in row))


def failures(store: BatchStore, job: int) -> Iterator[Failed]:
    """Failed articles of `job`, and pending ones waiting for a request that did not run."""
    sql = (
        f"SELECT id, spec, coalesce(error, ({_WHY})) FROM articles a"
        f" WHERE job = ? AND (state = 'failed' OR ({_BLOCKED}))"
    )
    return (Failed(row[1], row[2] or "failed") for row in store.paged(sql, "id", (job,), 0))
