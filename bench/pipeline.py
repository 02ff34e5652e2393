"""Benchmarks of the offline pipeline: CLI wall time, in-process throughput, scaling with size."""

from __future__ import annotations

import argparse
import asyncio
import resource
import time
from pathlib import Path

from extract import per_second, whole_process  # bench/extract.py: the same timing loops

from summarizer import source
from summarizer.article import Article
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.pipeline import summarize
from summarizer.render import render

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-blitz-china-nato.txt"
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*/article.*"))


def cli_wall(runs: int) -> tuple[float, float, float]:
    """Median and worst wall time (s) of the whole `summarize` process, and its peak RSS (MB)."""
    median, worst = whole_process(runs)
    return median, worst, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def one(article: Article, request: Request) -> str:
    """The in-process pipeline after loading: quotes + extract + verify + render."""
    return render(asyncio.run(summarize(article, ExtractEngine(), request)), "text")


def throughput(rounds: int, suffix: str = "") -> tuple[int, float]:
    """Articles per second for load (clean) + quotes + extract + verify + render."""
    request = Request(lang="zh")
    paths = [p for p in ARTICLES if p.suffix.endswith(suffix)]
    return len(paths), per_second(paths, rounds, lambda path: one(source.load(str(path)), request))


def scaling(sizes: tuple[int, ...]) -> list[tuple[int, float]]:
    """Seconds for the in-process pipeline on articles of roughly each size in bytes."""
    base = source.load(str(SEED))
    one(base, Request(lang="en"))
    body = "\n\n".join(p.text for p in base.paragraphs)
    rows = []
    for size in sizes:
        reps = max(1, size // len(body.encode("utf-8")))
        text = "\n\n".join([body] * reps)
        article = Article.from_text(text, title=base.title, lang=base.lang, origin="bench")
        t0 = time.perf_counter()
        one(article, Request(lang="en"))
        rows.append((len(text.encode("utf-8")), time.perf_counter() - t0))
    return rows


def main() -> None:
    """Print the results as markdown for docs/benchmarks.md."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    med, worst, peak = cli_wall(args.runs)
    print(
        f"| `summarize` seed article --lang zh, whole process | median {med:.3f} s, "
        f"worst {worst:.3f} s, peak RSS {peak:.0f} MB ({args.runs} runs) |"
    )
    n, rate = throughput(args.rounds, "txt")
    print(f"| same, the {n} plain-text articles | {rate:.0f} articles/s |")
    n, rate = throughput(args.rounds, "html")
    print(
        f"| same, the {n} raw HTML pages (read + extract + clean + the rest) | {rate:.0f} pages/s |"
    )
    n, rate = throughput(args.rounds)
    print(
        f"| clean + quotes + extract + verify + render, {n} shared articles "
        f"| {rate:.0f} articles/s |"
    )
    for size, secs in scaling((10_000, 100_000, 1_000_000)):
        print(
            f"| in-process pipeline, {size / 1000:.0f} KB article | {secs * 1000:.1f} ms "
            f"({secs * 1e9 / size:.0f} ns/byte) |"
        )


if __name__ == "__main__":
    main()
