"""The shared attribution sets are cut by document into TUNE-A (read), TUNE-B (a held-out
check inside TUNE until session 30, read since) and REPORT (never read), and the misses tool
shows a TUNE part only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests import benchscript

halves = benchscript.load("halves")
misses = benchscript.load("misses")
IDS = [f"de-{n}" for n in range(400)]


def test_report_is_the_odd_first_byte_half_of_every_earlier_session() -> None:
    odd = {doc for doc in IDS if hashlib.sha1(doc.encode()).digest()[0] % 2}
    assert {doc for doc in IDS if halves.part(doc) == "report"} == odd


def test_tune_is_cut_in_two_parts_of_about_the_same_size() -> None:
    tune = [halves.part(doc) for doc in IDS if halves.part(doc) != "report"]
    assert set(tune) == {"tune-a", "tune-b"}
    assert abs(tune.count("tune-a") - tune.count("tune-b")) < len(tune) / 4


def test_the_misses_tool_reads_only_tune_a_documents(tmp_path: Path) -> None:
    for doc in IDS:
        (tmp_path / f"{doc}.txt").write_text("„Ja“, sagte Anna Berg.", "utf-8")
    shown = misses.documents(tmp_path)
    assert shown and all(halves.part(doc) == "tune-a" for doc in shown)
    assert len(shown) == sum(halves.part(doc) == "tune-a" for doc in IDS)


def test_the_misses_tool_shows_tune_b_when_asked(tmp_path: Path) -> None:
    for doc in IDS:
        (tmp_path / f"{doc}.txt").write_text("„Ja“, sagte Anna Berg.", "utf-8")
    shown = misses.documents(tmp_path, "tune-b")
    assert shown and all(halves.part(doc) == "tune-b" for doc in shown)


def test_the_misses_tool_refuses_to_show_report(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        misses.main(["de", "none", "--part", "report"])
    assert refused.value.code == 2
    assert "invalid choice: 'report'" in capsys.readouterr().err
