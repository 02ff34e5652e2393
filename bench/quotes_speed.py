"""The whole `summarize quotes FILE --format json` command on 1 MB, and where its time goes:
start-up and imports, reading and cleaning, quote finding, rendering, exit. Texts: the 1 MB
"news", "dense" and "german news" texts of `bench/attribution.py --speed` (the command reads
the language off the text), the news text as an HTML page, and a one-line article (the fixed
cost). Each is run with the environment as it is and with Python's
bytecode cache on (as a pip install has it: set PYTHONDONTWRITEBYTECODE=1 makes every run
compile the package's sources again)."""

from __future__ import annotations

import argparse
import html
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from attribution import _NARRATIVE, _SPEECH, GERMAN_NEWS, repeated  # noqa: E402  (--speed's)

SIZE = 1_000_000
SUMMARIZE = Path(sys.executable).parent / "summarize"
PHASES = """
import sys, time
from summarizer.cli import main
marks = [time.perf_counter()]
from summarizer import source
from summarizer.attribution.find import find_quotes
from summarizer.render import render_quotes
marks.append(time.perf_counter())
article = source.load(sys.argv[1], min_letters=source.ANY_LETTERS)
marks.append(time.perf_counter())
found = find_quotes(article.text, article.lang, article.title)
marks.append(time.perf_counter())
sys.stdout.write(render_quotes(tuple(q for q in found if q.kind != "title"), "json"))
sys.stdout.flush()
marks.append(time.perf_counter())
print(*marks, file=sys.stderr)
"""
"""The command's steps in one fresh process, each ended by a clock reading on stderr."""
STEPS = ("start-up", "imports", "read+clean", "find_quotes", "render", "exit")


def write_texts(folder: Path) -> dict[str, Path]:
    """The articles timed, written into `folder`."""
    news, dense = repeated(f"{_SPEECH}\n\n{_NARRATIVE}", SIZE), repeated(_SPEECH, SIZE)
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in news.split("\n\n"))
    page = f"<!DOCTYPE html><html><head><title>News</title></head><body><article>{body}</article>"
    texts = {
        "news": news,
        "dense": dense,
        "german news": repeated(GERMAN_NEWS, SIZE),
        "news.html": page + "</body></html>",
        "one line": _SPEECH,
    }
    paths = {}
    for name, text in texts.items():
        paths[name] = folder / (name if name.endswith(".html") else f"{name}.txt")
        paths[name].write_text(text, encoding="utf-8")
    return paths


def command_s(path: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of `summarize quotes PATH --format json`, output thrown away."""
    # the CPU seconds move less than the wall ones on a machine that others share
    cpu = _children_cpu()
    started = time.perf_counter()
    argv = [str(SUMMARIZE), "quotes", str(path), "--format", "json"]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started, _children_cpu() - cpu


def _children_cpu() -> float:
    """User and system CPU seconds of this process's ended children so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def steps_s(path: Path, env: dict[str, str]) -> list[float]:
    """Seconds of each of STEPS in one fresh process (same clock in parent and child)."""
    started = time.perf_counter()
    argv = [sys.executable, "-c", PHASES, str(path)]
    done = subprocess.run(
        argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    ended = time.perf_counter()
    marks = [started, *map(float, done.stderr.split()[-5:]), ended]
    return [b - a for a, b in itertools.pairwise(marks)]


def environments(cache: Path) -> dict[str, dict[str, str]]:
    """The environment as it is, and one with the bytecode cache on (in `cache`)."""
    given = os.environ | {"PYTHONPATH": str(ROOT)}  # this tree's package, whatever is installed
    cached = {k: v for k, v in given.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {"as set": given, "bytecode cached": cached | {"PYTHONPYCACHEPREFIX": str(cache)}}


def measure(runs: int) -> dict[str, dict[str, dict[str, list[float]]]]:
    """Per environment and text: the command's wall seconds over `runs` runs, and the median of
    each step over as many runs of the stepped process."""
    results: dict[str, dict[str, dict[str, list[float]]]] = {}
    with tempfile.TemporaryDirectory(prefix="quotes-speed-") as tmp:
        paths = write_texts(Path(tmp))
        for label, env in environments(Path(tmp) / "pycache").items():
            command_s(paths["one line"], env)  # writes the bytecode cache when it is on
            results[label] = {}
            for name, path in paths.items():
                walls, cpus = zip(*(command_s(path, env) for _ in range(runs)), strict=True)
                steps = [steps_s(path, env) for _ in range(runs)]
                medians = [statistics.median(column) for column in zip(*steps, strict=True)]
                results[label][name] = {
                    "command_s": sorted(walls),
                    "command_cpu_s": sorted(cpus),
                    "steps_s": medians,
                }
    return results


def table(results: dict[str, dict[str, dict[str, list[float]]]]) -> str:
    """Markdown: the command's wall and CPU seconds (min, median, max), and the median of each
    step's wall seconds."""
    head = "| bytecode | text | command wall | command CPU | " + " | ".join(STEPS) + " |"
    lines = [head, "|---|---|---|---|" + "---:|" * len(STEPS)]
    for label, texts in results.items():
        for name, got in texts.items():
            wall, cpu = _spread(got["command_s"]), _spread(got["command_cpu_s"])
            cells = " | ".join(f"{s:.3f}" for s in got["steps_s"])
            lines.append(f"| {label} | {name} | {wall} | {cpu} | {cells} |")
    return "\n".join(lines)


def _spread(seconds: list[float]) -> str:
    """Min, median and max of sorted `seconds`."""
    return f"{seconds[0]:.2f} / {statistics.median(seconds):.2f} / {seconds[-1]:.2f}"


def main(argv: list[str] | None = None) -> int:
    """Print the table (or JSON with --json), with the load average before and after."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per text (default 5)")
    parser.add_argument("--json", action="store_true", help="print the seconds as JSON")
    args = parser.parse_args(argv)
    before = os.getloadavg()[0]
    results = measure(args.runs)
    print(json.dumps(results) if args.json else table(results))
    print(f"load average {before:.1f} before, {os.getloadavg()[0]:.1f} after", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
