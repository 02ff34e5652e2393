"""Start-up cost: `import summarizer`, `summarize --help`, one offline summary, and the imports
kept lazy for them."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 9
SUMMARIZE = str(Path(sys.executable).with_name("summarize"))
SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-blitz-china-nato.txt"
LAZY = ("openai", "tenacity", "asyncio", "importlib.metadata", "trafilatura", "tiktoken")
"""Libraries the package imports only where they are needed, each with a reason in the code."""


def wall(argv: list[str]) -> float:
    """Median wall time in ms of running `argv` in a fresh process."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def import_cost(module: str) -> float:
    """Median cumulative import time in ms of `module` alone (python -X importtime)."""
    costs = []
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        )
        line = done.stderr.strip().splitlines()[-1]
        costs.append(int(line.split("|")[1]) / 1000)
    return statistics.median(costs)


def main() -> None:
    """Print a Markdown table of the medians."""
    rows = [
        ("python -c pass", wall([sys.executable, "-c", "pass"])),
        ("python -c 'import summarizer'", wall([sys.executable, "-c", "import summarizer"])),
        ("summarize --help", wall([SUMMARIZE, "--help"])),
        ("summarize SEED --lang en (extract)", wall([SUMMARIZE, str(SEED), "--lang", "en"])),
    ]
    print(f"| Process (median of {RUNS}, wall) | ms |\n|---|---|")
    for name, ms in rows:
        print(f"| `{name}` | {ms:.0f} |")
    print(f"\n| Import kept lazy (median of {RUNS}, -X importtime) | ms |\n|---|---|")
    for module in LAZY:
        print(f"| `{module}` | {import_cost(module):.0f} |")


if __name__ == "__main__":
    main()
