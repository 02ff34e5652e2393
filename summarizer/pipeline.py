"""The pipeline from input to verified summary, for one article or many at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, replace

from summarizer.article import Article
from summarizer.concurrency import ordered
from summarizer.engines.base import Engine, Request
from summarizer.errors import InputError, SummarizerError, VerificationError
from summarizer.summary import Summary

AHEAD = 2
"""Articles under way per model call in flight."""


@dataclass(frozen=True)
class Result:
    """What one input produced: a summary, or the error that stopped it."""

    spec: str
    summary: Summary | None = None
    error: SummarizerError | None = None
    article: Article | None = None


async def summarize(
    article: Article,
    engine: Engine,
    request: Request,
    *,
    strict: bool = False,
    allow_empty: bool = False,
) -> Summary:
    """Summarize and verify, pruning what fails unless `strict`."""
    # A model engine's summary comes verified, so it is checked once; pruned, the result always
    # verifies. A summary without points is an error unless `allow_empty` (the golden check scores
    # it instead).
    checked = await engine.summarize(article, request)
    if checked.verification is None:
        from summarizer.verification.check import verify  # on first use, see prune

        checked = verify(checked, article)
    if not (strict or checked.verification is None or checked.verification.ok):
        checked = prune(checked, article)
    if not checked.points and not allow_empty:
        raise _empty(checked, article)
    return checked


def _empty(summary: Summary, article: Article) -> SummarizerError:
    """Why a summary has no points: all failed verification (exit 1), or none were found (2)."""
    removed = summary.verification.removed if summary.verification is not None else ()
    if removed:
        kinds = ", ".join(sorted({f.kind for f in removed}))
        return VerificationError(
            f"{article.origin}: no point of the summary passed verification ({kinds}), so there "
            "is nothing to show"
        )
    return InputError(
        f"{article.origin}: nothing to summarize: no key point was found (the page may hold "
        "only menus, links and other furniture)"
    )


def prune(summary: Summary, article: Article) -> Summary:
    """Drop failing points; a failing or empty headline becomes the title or the lead sentence."""
    # what is printed is what passed
    # Imported on first use: quote finding and the verifier take 0.15-0.25 s to import, which a
    # model engine's run spends while its first calls are out (bench/whole_run.py).
    from summarizer.engines.extract import title_or_lead
    from summarizer.verification.check import verify

    assert summary.verification is not None
    errors = summary.verification.errors
    bad = {f.point for f in errors if f.point is not None}
    points = tuple(p for i, p in enumerate(summary.points) if i not in bad)
    headline_bad = not points or any(f.point is None for f in errors)
    headline = title_or_lead(article) if headline_bad else summary.headline
    kept = verify(replace(summary, points=points, headline=headline), article)
    assert kept.verification is not None
    return replace(kept, verification=replace(kept.verification, removed=errors))


async def run_many(
    specs: Iterable[str],
    load: Callable[[str], Article],
    engine: Engine,
    request: Request,
    *,
    concurrency: int = 4,
    strict: bool = False,
) -> AsyncIterator[Result]:
    """Every input's result, in input order, each as soon as it and those before it are done."""
    # One failure never loses the others. `AHEAD` articles per model call are under way, so the CPU
    # work of some (reading, checking) overlaps the others' wait for the model, whose client admits
    # `concurrency` calls at once. Inputs are drawn only as room frees up, so memory stays flat
    # however many there are.

    async def one(spec: str) -> Result:
        try:
            article = await asyncio.to_thread(load, spec)
            made = await summarize(article, engine, request, strict=strict)
            return Result(spec, made, article=article)
        except SummarizerError as exc:
            return Result(spec, error=exc)

    async for result in ordered(specs, one, AHEAD * max(1, concurrency)):
        yield result
