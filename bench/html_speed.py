"""HTML pages: our extraction against trafilatura's full run, per page and as a rate, lines
kept and added, then the whole pipeline with and without the fast path, all in one run."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from trafilatura.utils import load_html

from summarizer import source
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.pipeline import summarize
from summarizer.render import render
from summarizer.source import dense
from summarizer.source.encoding import decode
from summarizer.source.read import _enough, _extract_html, _page_title

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_html_extraction import full_extraction, lines  # noqa: E402  (the old settings)

SHARED = ROOT.parent / "shared" / "articles"
PAGES = sorted(SHARED.glob("html-*/article.html")) or sorted(
    (ROOT / "tests" / "data" / "articles").glob("html-*/article.html")
)


def best_ms(work: Callable[[str], object], html: str, runs: int) -> float:
    """Fewest milliseconds `work(html)` took over `runs` calls."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work(html)
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


@contextlib.contextmanager
def trafilatura_only() -> Iterator[None]:
    """Our extraction with the fast path declining every page: trafilatura's passes alone."""
    fast = dense.article_text
    dense.article_text = lambda tree, title: None
    try:
        yield
    finally:
        dense.article_text = fast


def fast_path_taken(html: str) -> bool:
    """Whether the fast path, not trafilatura, gives this page's text (as `_extract_html` asks)."""
    tree = load_html(html)
    text = dense.article_text(tree, _page_title(tree).strip()) if tree is not None else None
    return text is not None and _enough(text)


def pipeline_rates(rounds: int) -> tuple[float, float]:
    """Pages per second of wall time and of process CPU time, after a warm-up round, for load
    (decode, extract, clean) + quotes + extract engine + render."""
    request = Request(lang="zh")

    def one(path: Path) -> str:
        article = source.load(str(path))
        return render(asyncio.run(summarize(article, ExtractEngine(), request)), "text")

    for path in PAGES:
        one(path)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for path in PAGES:
            one(path)
    pages = rounds * len(PAGES)
    return pages / (time.perf_counter() - wall), pages / (time.process_time() - cpu)


def page_rows(runs: int) -> tuple[float, float]:
    """Print a row per page; the summed best times of trafilatura's full run and of ours."""
    print(
        "| page | path | trafilatura full run (ms) | ours (ms) | ratio | lines lost | lines added "
        "| title same |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---|")
    total_full = total_ours = 0.0
    for path in PAGES:
        html = decode(path.read_bytes(), None)
        want_title, want_body = full_extraction(html)
        title, body = _extract_html(html, str(path))
        want, got = lines(want_body), lines(body)
        lost, added = len(set(want) - set(got)), len(set(got) - set(want))
        full = best_ms(full_extraction, html, runs)
        ours = best_ms(lambda page: _extract_html(page, "page"), html, runs)
        total_full, total_ours = total_full + full, total_ours + ours
        print(
            f"| {path.parent.name} | {'fast' if fast_path_taken(html) else 'trafilatura'} "
            f"| {full:.1f} | {ours:.1f} | {ours / full:.2f} | {lost} | {added} "
            f"| {'yes' if title == want_title else 'NO'} |"
        )
    return total_full, total_ours


def main() -> None:
    """Print the per-page table, the extraction rates and the pipeline rates (median of
    alternating batches with and without the fast path)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--batches", type=int, default=3)
    args = ap.parse_args()
    load = os.getloadavg()[0]
    total_full, total_ours = page_rows(args.runs)
    n = len(PAGES)
    print(
        f"\nextraction alone (best of {args.runs} per page): ours {1000 * n / total_ours:.0f} "
        f"pages/s, trafilatura's full run {1000 * n / total_full:.0f} pages/s "
        f"({total_full / total_ours:.2f}x)"
    )
    ours, before = [], []
    for _ in range(args.batches):
        ours.append(pipeline_rates(args.rounds))
        with trafilatura_only():
            before.append(pipeline_rates(args.rounds))
    for kind, i in (("wall", 0), ("CPU", 1)):
        mine = statistics.median(rate[i] for rate in ours)
        theirs = statistics.median(rate[i] for rate in before)
        print(
            f"whole pipeline, pages per {kind} second (median of {args.batches} alternating "
            f"batches of {args.rounds} rounds): {mine:.0f}; with trafilatura's extraction only "
            f"{theirs:.0f} ({mine / theirs:.2f}x)"
        )
    print(f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
