"""`bench/attribution.py --write` puts the per-set table into docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import benchscript

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"


bench = benchscript.load("attribution")
ROW = {"docs": 3, "gold": 10, "named": 9, "found%": 90.0, "spk%": 80.0, "wrong%": 2.5}
ROW |= {"none%": 17.5, "pred": 12, "false%": 8.3}


def test_write_replaces_only_the_table_between_the_markers(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text(DOCS.read_text("utf-8"), "utf-8")
    table = bench.markdown({"tune-a": {"xx": ROW}, "tune-b": {}, "report": {"xx": ROW}})
    bench.write(table, docs)
    head, _, rest = docs.read_text("utf-8").partition(bench.MARKERS[0])
    written, _, tail = rest.partition(bench.MARKERS[1])
    assert "| set | part | docs | gold | named | found% | spk% | wrong% | none% | pred" in written
    assert "| xx | REPORT | 3 | 10 | 9 | 90.0 | 80.0 | 2.5 | 17.5 | 12 | 8.3 |" in written
    old_head, _, old_rest = DOCS.read_text("utf-8").partition(bench.MARKERS[0])
    assert head == old_head and tail == old_rest.partition(bench.MARKERS[1])[2]


def test_write_refuses_a_file_without_the_markers(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# Benchmarks\n", "utf-8")
    with pytest.raises(SystemExit, match="markers"):
        bench.write("| table |\n", docs)
    assert docs.read_text("utf-8") == "# Benchmarks\n"
