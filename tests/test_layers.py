"""The layers contract in pyproject.toml holds, and it catches an import that breaks it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the `summarizer` package found in `tree`, with `tree`'s pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True
    )


def test_the_package_keeps_its_layers() -> None:
    checked = lint_imports(ROOT)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "2 kept, 0 broken" in checked.stdout


def test_a_stage_importing_a_higher_one_breaks_the_contract(tmp_path: Path) -> None:
    """A copy of the tree where the source stage reaches up into the pipeline."""
    shutil.copytree(ROOT / "summarizer", tmp_path / "summarizer")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    leak = tmp_path / "summarizer" / "source" / "leak.py"
    leak.write_text('"""Reaches up."""\n\nfrom summarizer.pipeline import prune\n\nUSED = prune\n')
    checked = lint_imports(tmp_path)
    assert checked.returncode == 1, checked.stdout
    assert "BROKEN" in checked.stdout
    assert "summarizer.source.leak -> summarizer.pipeline" in checked.stdout  # the copy's module


def test_an_attribution_pass_importing_a_later_one_breaks_the_contract(tmp_path: Path) -> None:
    """A copy of the tree where the quotation-mark pass reaches up into speaker resolution."""
    shutil.copytree(ROOT / "summarizer", tmp_path / "summarizer")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    leak = tmp_path / "summarizer" / "attribution" / "marks" / "leak.py"
    leak.write_text(
        '"""Reaches up."""\n\nfrom summarizer.attribution.speakers.names import Resolver\n\n'
        "USED = Resolver\n"
    )
    checked = lint_imports(tmp_path)
    assert checked.returncode == 1, checked.stdout
    assert "Each attribution pass imports only the passes and grammar below it BROKEN" in (
        checked.stdout
    )
    assert "summarizer.attribution.marks.leak -> summarizer.attribution.speakers" in checked.stdout
