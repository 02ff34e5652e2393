"""Peak memory of `summarize --out-dir` over 1,000 and 10,000 articles: it should stay flat."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.digest import make_articles  # noqa: E402
from bench.engine import server_process  # noqa: E402
from bench.whole_run import Run, ours, warm_tokenizer  # noqa: E402


def one(base: Path, url: str, count: int) -> Run:
    """`summarize` over `count` distinct articles, cold response cache, as one child process."""
    folder = base / f"articles-{count}"
    make_articles(folder, count)
    files = sorted(str(f) for f in folder.iterdir())
    return ours(base, url, files, str(count))


def main() -> None:
    """Print one markdown row: peak RSS at each size and the ratio of the largest to the first."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--latency", type=float, default=0.0)
    args = p.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp, server_process(args.latency) as url:
        base = Path(tmp)
        warm_tokenizer(base)
        runs = {n: one(base, url, n) for n in sizes}
    for n, run in runs.items():
        assert run.code == 0 and run.written == n, (n, run)
    cells = "; ".join(
        f"{n:,} articles: peak RSS {r.peak_mb:.0f} MB in {r.seconds:.0f} s" for n, r in runs.items()
    )
    first, last = runs[sizes[0]], runs[sizes[-1]]
    print(
        f"| `summarize --engine openai --concurrency 16 --format json --out-dir`, fake server "
        f"({args.latency} s latency) | {cells}; {last.peak_mb / first.peak_mb:.2f}× from "
        f"{sizes[0]:,} to {sizes[-1]:,} | flat |"
    )


if __name__ == "__main__":
    main()
