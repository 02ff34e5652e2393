"""Benchmarks of token counting and chunking: vocabulary load, per-article split, 1 MB split."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summarizer.engines.chunk import DEFAULT_BUDGET, count_tokens, load_encoding, split

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*/article.txt"))


def import_seconds() -> float:
    """Wall time of a fresh process that only imports summarizer.chunk."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import summarizer.engines.chunk"], check=True, cwd=ROOT)
    return time.perf_counter() - t0


def load_seconds(encoding: str) -> tuple[float, float]:
    """Seconds to build one encoding: first from the bundled vocabulary (parsed, sha256-checked
    and cached), then again from the parsed cache, as every later process does."""
    times = []
    with tempfile.TemporaryDirectory() as cache:
        os.environ["SUMMARIZER_CACHE_DIR"] = cache
        for _ in range(2):
            load_encoding.cache_clear()
            t0 = time.perf_counter()
            load_encoding(encoding)
            times.append(time.perf_counter() - t0)
    return times[0], times[1]


NEEDS_COUNT = ("en-01", "en-02", "en-04", "zh-05")
"""The short shared articles whose bound does not prove they fit: each needs one exact count."""
CHILD = """
import sys, time
from summarizer.engines.tokens import count_tokens, load_encoding
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
n = count_tokens(text)
t1 = time.perf_counter()
load_encoding("o200k_base")
t2 = time.perf_counter()
print(n, t1 - t0, t2 - t1)
"""


def first_count_ms(cache: str) -> list[tuple[str, int, float, float]]:
    """Per article: tokens, ms to the first exact count in a fresh process (vocabulary load
    included, parsed cache warm), and ms tiktoken's encoder would take to build there after it."""
    rows = []
    env = dict(os.environ) | {"SUMMARIZER_CACHE_DIR": cache}
    for path in sorted(ARTICLES):
        if path.parent.name.startswith(NEEDS_COUNT):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=env,
            ).stdout.split()
            rows.append((path.parent.name, int(out[0]), float(out[1]) * 1000, float(out[2]) * 1000))
    return rows


def build_seconds(encoding: str) -> float:
    """Seconds tiktoken itself takes to build the encoding from ranks already in memory."""
    import tiktoken

    built = load_encoding(encoding)
    ranks = built._mergeable_ranks
    t0 = time.perf_counter()
    tiktoken.Encoding(
        name=encoding,
        pat_str=built._pat_str,
        mergeable_ranks=ranks,
        special_tokens=built._special_tokens,
    )
    return time.perf_counter() - t0


def split_ms(text: str, budget: int, runs: int) -> tuple[float, int]:
    """Median milliseconds to split `text` at `budget`, and the number of chunks."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        chunks = split(text, budget)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, len(chunks)


def main() -> None:
    """Print the results as markdown rows."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    print(f"| `import summarizer.engines.chunk`, fresh process | {import_seconds():.3f} s |")
    for encoding in ("o200k_base", "cl100k_base"):
        cold, warm = load_seconds(encoding)
        print(
            f"| load {encoding} | first run (bundled file parsed and cached) {cold:.3f} s; "
            f"later runs (parsed cache) {warm:.3f} s, of which tiktoken's own build "
            f"{build_seconds(encoding):.3f} s |"
        )
    with tempfile.TemporaryDirectory() as cache:
        first_count_ms(cache)  # parses the bundled vocabulary into this cache once
        for name, tokens, count_ms, build_ms in first_count_ms(cache):
            print(
                f"| {name}, {tokens} tokens: first exact count in a fresh process | "
                f"{count_ms:.0f} ms (vocabulary load + count); tiktoken's build alone "
                f"{build_ms:.0f} ms |"
            )
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        default_ms, default_n = split_ms(text, DEFAULT_BUDGET, args.runs)
        small_ms, small_n = split_ms(text, 500, args.runs)
        print(
            f"| {path.parent.name} | {len(text)} chars, {count_tokens(text)} tokens | "
            f"budget {DEFAULT_BUDGET}: {default_n} chunk(s) in {default_ms:.1f} ms | "
            f"budget 500: {small_n} chunks in {small_ms:.1f} ms |"
        )
    big = (ARTICLES[0].read_text(encoding="utf-8") * 1000)[:1_000_000]
    big_ms, big_n = split_ms(big, DEFAULT_BUDGET, 3)
    print(f"| 1 MB text, budget {DEFAULT_BUDGET} | {big_n} chunks in {big_ms:.0f} ms |")


if __name__ == "__main__":
    main()
