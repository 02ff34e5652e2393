"""Run every offline benchmark in turn (`make bench`); the local-model one is `make bench-model`,
and bench/memory.py (10,000 articles, several minutes) runs on its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "pipeline",
    "attribution",
    "quotes_speed",
    "verify_speed",
    "grounding",
    "chunk_speed",
    "stages",
    "engine",
    "whole_run",
    "digest",
    "startup",
)


def main() -> int:
    """Each script's output under its name; non-zero when any script fails."""
    failed = 0
    for name in SCRIPTS:
        print(f"## bench/{name}.py", flush=True)
        failed |= subprocess.call([sys.executable, str(HERE / f"{name}.py")])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
