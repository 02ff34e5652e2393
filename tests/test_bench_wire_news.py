"""bench/wire_news.py: --after reads the entries from the line that holds its string on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import benchscript

bench = benchscript.load("wire_news")

_SET = """\
[[wire]]
lang = "de"
text = "„Wir bleiben“, sagte Tilda Vorn."
quotes = [["Wir bleiben", "Tilda Vorn", "speech"]]

# batch 2: written later
[[wire]]
lang = "de"
batch = 2
text = "„Wir gehen“, sagte Ansgar Lieb."
quotes = [["Wir gehen", "Ansgar Lieb", "speech"]]
"""


def test_after_a_string_inside_a_comment_reads_from_its_line(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text(_SET, "utf-8")
    assert [e["text"] for e in bench.load(path)] == [
        "„Wir bleiben“, sagte Tilda Vorn.",
        "„Wir gehen“, sagte Ansgar Lieb.",
    ]
    assert [e["text"] for e in bench.load(path, after="written later")] == [
        "„Wir gehen“, sagte Ansgar Lieb."
    ]


def test_after_on_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text("# batch 1\n" + _SET, "utf-8")
    assert len(bench.load(path, after="batch 1")) == 2


def test_by_shape_adds_a_row_per_batch_and_shape_of_the_entries_that_name_one() -> None:
    entries = [
        {"lang": "de", "batch": 5, "shape": "role", "text": "„Ja“, sagte Ute Lamm.", "quotes": []},
        {"lang": "de", "text": "„Nein“, sagte Ole Fink.", "quotes": []},
    ]
    assert sorted(bench.score(entries, by_batch=True, by_shape=True)) == [
        "de",
        "de b1",
        "de b5",
        "de b5 role",
    ]
    assert sorted(bench.score(entries, by_batch=True)) == ["de", "de b1", "de b5"]


def test_batch_scores_only_the_entries_of_that_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "set.toml"
    path.write_text(_SET, "utf-8")
    bench.main(["--file", str(path), "--batch", "2"])
    rows = [line.split(" | ")[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows == ["| de", "| de b2"]
    bench.main(["--file", str(path), "--batch", "1"])
    rows = [line.split(" | ")[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows == ["| de", "| de b1"]
