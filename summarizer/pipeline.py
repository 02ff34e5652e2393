"""The pipeline from a cleaned article to a verified summary, shared by every command."""

from __future__ import annotations

from dataclasses import replace

from summarizer.article import Article
from summarizer.engine import Engine, Request
from summarizer.summary import Summary
from summarizer.verify import verify


def summarize(article: Article, engine: Engine, request: Request, *, strict: bool = False) -> Summary:
    """Summarize and verify; unless `strict`, drop failing points so the result always verifies."""
    checked = verify(engine.summarize(article, request), article)
    if strict or checked.verification is None or checked.verification.ok:
        return checked
    return prune(checked, article)


def prune(summary: Summary, article: Article) -> Summary:
    """Remove every point with a failing check and re-verify, recording what was removed."""
    assert summary.verification is not None
    errors = summary.verification.errors
    bad = {f.point for f in errors if f.point is not None}
    points = tuple(p for i, p in enumerate(summary.points) if i not in bad)
    kept = verify(replace(summary, points=points), article)
    assert kept.verification is not None
    return replace(kept, verification=replace(kept.verification, removed=errors))
