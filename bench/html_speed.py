"""HTML pages: extraction time against trafilatura's full run, lines kept, whole-pipeline rate."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import source
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.pipeline import summarize
from summarizer.render import render
from summarizer.source.encoding import decode
from summarizer.source.read import _extract_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
from extract import per_second  # noqa: E402  (bench/extract.py: the same timing loop)
from test_html_extraction import full_extraction  # noqa: E402  (the old settings, one place)

SHARED = ROOT.parent / "shared" / "articles"
PAGES = sorted(SHARED.glob("html-*/article.html")) or sorted(
    (ROOT / "tests" / "data" / "articles").glob("html-*/article.html")
)


def best_ms(work: Callable[[str, str], object], html: str, name: str, runs: int) -> float:
    """Fewest milliseconds `work(html, name)` took over `runs` calls."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work(html, name)
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def pipeline_rate(rounds: int) -> float:
    """Pages per second for load (decode, extract, clean) + quotes + extract engine + render."""
    request = Request(lang="zh")

    def one(path: Path) -> str:
        article = source.load(str(path))
        return render(asyncio.run(summarize(article, ExtractEngine(), request)), "text")

    return per_second(PAGES, rounds, one)


def main() -> None:
    """Print a markdown table: per page full vs ours (ms), lines lost, then the pipeline rate."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    print("| page | trafilatura with metadata (ms) | ours (ms) | ratio | lines lost | title same |")
    print("|---|---:|---:|---:|---:|---|")
    for path in PAGES:
        html = decode(path.read_bytes(), None)
        want_title, want_body = full_extraction(html)
        title, body = _extract_html(html, str(path))
        lost = len(set(want_body.splitlines()) - set(body.splitlines()))
        full = best_ms(lambda page, _: full_extraction(page), html, str(path), args.runs)
        ours = best_ms(_extract_html, html, str(path), args.runs)
        print(
            f"| {path.parent.name} | {full:.1f} | {ours:.1f} | {ours / full:.2f} | {lost} "
            f"| {'yes' if title == want_title else 'NO'} |"
        )
    rate = pipeline_rate(args.rounds)
    print(f"\nwhole pipeline: {rate:.0f} pages/s; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
