"""The extract engine's speed with furniture removal: whole process, plain text, HTML's cost."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import source
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.pipeline import summarize
from summarizer.render import render

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-blitz-china-nato.txt"
DATA = ROOT / "tests" / "data"
TEXTS = sorted([*DATA.glob("articles/*/article.txt"), *DATA.glob("furniture/*.txt")])
PAGES = sorted([*DATA.glob("articles/*/article.html"), *DATA.glob("furniture/*.html")])


def whole_process(runs: int) -> tuple[float, float]:
    """Median and worst wall seconds of `summarize SEED --lang zh` as a new process."""
    exe = Path(sys.executable).with_name("summarize")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(exe), str(SEED), "--lang", "zh"], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times)


def per_second(paths: list[Path], rounds: int, step: Callable[[Path], object]) -> float:
    """How many of `paths` per second `step` handles, after one warm-up round."""
    for path in paths:
        step(path)
    t0 = time.perf_counter()
    for _ in range(rounds):
        for path in paths:
            step(path)
    return rounds * len(paths) / (time.perf_counter() - t0)


def full(path: Path) -> str:
    """Load (decode, extract, clean) + quotes + extract engine + verify + render."""
    article = source.load(str(path))
    return render(asyncio.run(summarize(article, ExtractEngine(), Request(lang="en"))), "text")


def load_only(path: Path) -> object:
    """Only the input stage: decode, extract (trafilatura for HTML), clean."""
    return source.load(str(path))


def main() -> None:
    """Print markdown rows for docs/benchmarks.md."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    median, worst = whole_process(args.runs)
    print(f"| seed article, whole process | median {median:.3f} s, worst {worst:.3f} s |")
    texts = per_second(TEXTS, args.rounds, full)
    print(f"| {len(TEXTS)} plain-text articles, in process | {texts:.0f} articles/s |")
    loading = per_second(TEXTS, args.rounds, load_only)
    print(f"| of which loading and cleaning | {1000 / loading:.2f} ms per article |")
    pages = per_second(PAGES, args.rounds, full)
    extraction = per_second(PAGES, args.rounds, load_only)
    print(
        f"| {len(PAGES)} HTML pages, in process | {pages:.0f} pages/s; loading (decode, "
        f"trafilatura, cleaning) is {1000 / extraction:.1f} ms of {1000 / pages:.1f} ms a page |"
    )


if __name__ == "__main__":
    main()
