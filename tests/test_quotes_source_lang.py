"""`summarize quotes --source-lang LANG` reads a text in the language its reader names, for a
text too short for detection to guess; a language it does not know is a one-line error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import lang
from tests.test_cli import assert_one_line_error, run

SPANISH = '"No", dijo Ana Gil.'


def test_a_short_spanish_text_detection_misreads_has_its_speaker_when_told(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "short.txt"
    page.write_text(SPANISH, encoding="utf-8")
    assert lang.detect(SPANISH) != "es"  # the premise: too short to detect
    assert json.loads(run(capsys, "quotes", str(page), "--format", "json")[1]) == []
    code, out, err = run(capsys, "quotes", str(page), "--source-lang", "es", "--format", "json")
    assert code == 0, err
    assert [(q["text"], q["speaker"]) for q in json.loads(out)] == [("No", "Ana Gil")]


@pytest.mark.parametrize("told", ["xx", ""])
def test_an_unknown_source_language_is_a_one_line_error_before_any_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, told: str
) -> None:
    code, out, err = run(capsys, "quotes", str(tmp_path / "missing.txt"), "--source-lang", told)
    assert code == 2 and out == ""
    assert_one_line_error(err, f"unknown language {told!r}")
