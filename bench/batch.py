"""`summarize batch` submit and collect for many short articles against the fake Batch API."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.digest import child_env, make_articles  # noqa: E402
from tests.fakemodel import FakeModel  # noqa: E402
from tests.fakeserver import FakeOpenAI  # noqa: E402

# Measured from a small launcher: on Linux a child's ru_maxrss starts at its parent's peak RSS
# (exec keeps the high-water mark), and this process holds the fake server's files in memory.
LAUNCHER = """
import os, subprocess, sys, time
t0 = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(time.perf_counter() - t0, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


@dataclass(frozen=True)
class Step:
    """One `summarize batch` process: wall seconds, peak RSS in MB, exit code."""

    seconds: float
    peak_mb: float
    code: int


def step(argv: list[str], env: dict[str, str], cwd: Path) -> Step:
    """Run `summarize batch ARGV` as a grandchild process, measured by the launcher's wait4."""
    cmd = [str(ROOT / ".venv" / "bin" / "summarize"), "batch", *argv]
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *cmd],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, maxrss, code = done.stdout.split()
    return Step(float(seconds), int(maxrss) / 1024, int(code))


def measure(count: int) -> tuple[Step, Step, int, int]:
    """Submit and collect `count` articles; also the batches made and summaries written."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        make_articles(base / "articles", count)
        (base / "inputs.txt").write_text(
            "".join(f"{p}\n" for p in sorted((base / "articles").iterdir())), encoding="utf-8"
        )
        fake = FakeOpenAI().start()
        fake.handler = FakeModel()
        try:
            env = child_env(base, fake.url)
            submit = ["submit", "--inputs-from", "inputs.txt", "--lang", "en", "--format", "json"]
            submitted = step([*submit, "--max-requests-per-batch", "5000"], env, base)
            for _ in range(4):
                step(["status"], env, base)
            collected = step(["collect"], env, base)
            batches = len(fake.batch_ids())
        finally:
            fake.close()
        written = len(list((base / "summaries").glob("*.json")))
    return submitted, collected, batches, written


def main() -> None:
    """Print the rows for docs/benchmarks.md."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("counts", nargs="*", type=int, default=[1000, 10000])
    for count in p.parse_args().counts:
        submitted, collected, batches, written = measure(count)
        print(
            f"| {count:,} articles | submit {submitted.seconds:.1f} s, peak RSS "
            f"{submitted.peak_mb:.0f} MB, {batches} batches, exit {submitted.code} | collect "
            f"{collected.seconds:.1f} s, peak RSS {collected.peak_mb:.0f} MB, {written:,} "
            f"summaries written, exit {collected.code} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
