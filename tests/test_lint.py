"""The tree stays ruff-clean and mypy-strict-clean: `make lint` as part of the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_ruff_finds_nothing() -> None:
    checked = subprocess.run(
        [str(BIN / "ruff"), "check", "summarizer", "tests", "bench", "examples"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout


def test_mypy_strict_finds_nothing() -> None:
    checked = subprocess.run([str(BIN / "mypy")], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
