"""Start-up cost: `import summarizer`, `summarize --help`, one offline summary, and the imports
kept lazy for them. Module counts are exact; times depend on the machine's load."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 9
SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-blitz-china-nato.txt"
LAZY = ("openai", "tenacity", "asyncio", "importlib.metadata", "trafilatura", "tiktoken")
"""Libraries the package imports only where they are needed, each with a reason in the code."""
CASES = {
    "import summarizer": "import summarizer",
    "summarize --help": "from summarizer.cli import main\ntry:\n    main(['--help'])\n"
    "except SystemExit:\n    pass",
    "summarize SEED --lang en (extract)": f"from summarizer.cli import main\n"
    f"main([{str(SEED)!r}, '--lang', 'en'])",
}
COUNT = "\nimport sys\nprint(len(sys.modules), file=sys.stderr)"


def wall(code: str) -> float:
    """Median wall time in ms of `python -c code` in a fresh process."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def modules(code: str) -> int:
    """How many modules `python -c code` has loaded when it ends."""
    done = subprocess.run([sys.executable, "-c", code + COUNT], capture_output=True, text=True)
    return int(done.stderr.split()[-1])


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
    """Print Markdown tables of the medians."""
    print(f"| Process | modules loaded | wall ms (median of {RUNS}) |\n|---|---|---|")
    print(f"| `python -c pass` | {modules('pass')} | {wall('pass'):.0f} |")
    for name, code in CASES.items():
        print(f"| `{name}` | {modules(code)} | {wall(code):.0f} |")
    print(f"\n| Import kept lazy | ms (median of {RUNS}, -X importtime) |\n|---|---|")
    for module in LAZY:
        print(f"| `{module}` | {import_cost(module):.0f} |")


if __name__ == "__main__":
    main()
