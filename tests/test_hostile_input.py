"""Inputs built to misbehave: NUL bytes, FIFOs, bad limits, hostile summary JSON, bad offsets."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from summarizer import source
from summarizer.errors import InputError
from tests.test_cli import SEED, assert_one_line_error, run

SEED_TEXT = SEED.read_text(encoding="utf-8")


# --- row 4: NUL bytes are checked before any UTF-16 guess --------------------------------------


def test_utf8_text_with_one_nul_byte_and_even_length_reads_as_utf8(tmp_path: Path) -> None:
    data = SEED_TEXT.encode("utf-8")
    middle = len(data) // 2
    data = data[:middle] + b"\x00" + data[middle:]
    if len(data) % 2:
        data += b"\n"
    path = tmp_path / "nul.txt"
    path.write_bytes(data)

    article = source.load(str(path))

    assert article.title == "China urges NATO to refrain from blame game over Ukraine"
    assert "\x00" not in article.text and article.lang == "en"


def test_a_file_that_is_mostly_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01\x02\x03" * 5000)
    with pytest.raises(InputError, match=r"binary|decode"):
        source.load(str(path))


# --- row 9: a FIFO is not read ----------------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "quotes", "verify"])
def test_a_fifo_is_refused_as_not_a_regular_file(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    summary = tmp_path / "s.json"
    summary.write_text("{}")
    argv = {
        "summarize": [str(fifo), "--lang", "en"],
        "quotes": ["quotes", str(fifo)],
        "verify": ["verify", str(summary), "--source", str(fifo)],
    }[command]
    done: list[tuple[int, str, str]] = []
    worker = threading.Thread(target=lambda: done.append(run(capsys, *argv)), daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail(f"{command} blocked on a FIFO")
    code, _, err = done[0]
    assert code == 2
    assert_one_line_error(err, "pipe.txt", "not a regular file")


def test_a_character_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "/dev/zero", "--lang", "en")
    assert code == 2
    assert_one_line_error(err, "/dev/zero", "not a regular file")


# --- row 10: --max-bytes ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["-2", "-1", "many"])
def test_a_negative_or_non_numeric_max_bytes_is_refused(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, str(SEED), "--lang", "en", f"--max-bytes={value}")
    assert code == 2
    assert_one_line_error(err, "--max-bytes")


def test_the_limit_message_never_shows_two_equal_sizes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 20_000_001)
    with pytest.raises(InputError) as info:
        source.load(str(path))
    assert "20,000,001 bytes; the limit is 20,000,000 bytes" in info.value.message


def test_stdin_over_the_limit_says_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    import io

    with pytest.raises(InputError, match="larger than the limit of 1000 bytes"):
        source.load("-", max_bytes=1000, stdin=io.BytesIO(b"a" * 5000))


# --- row 8: hostile summary JSON ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"schema": ' + "9" * 5001 + "}", "too many digits"),
        ('{"schema": "summarizer/summary@1", "lang": "\\ud800"}', "$.lang"),
    ],
    ids=["nested-100000", "integer-5001-digits", "lone-surrogate"],
)
def test_verify_refuses_hostile_json_with_one_line(
    text: str, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "verify", str(path), "--source", str(SEED), "--format", "json")
    assert code == 2 and out == ""
    assert_one_line_error(err, "s.json", needle)


# --- row 15: quote offsets ----------------------------------------------------------------------


def _summary_with_offsets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: int, end: int
) -> Path:
    out = tmp_path / "s.json"
    assert run(capsys, str(SEED), "--lang", "en", "--out", str(out))[0] == 0
    data = json.loads(out.read_text())
    quoted = next(p for p in data["points"] if p["quotes"])
    quoted["quotes"][0].update(start=start, end=end)
    out.write_text(json.dumps(data))
    return out


@pytest.mark.parametrize(
    ("start", "end", "needle"),
    [(-5, 10, ".start must be 0 or more"), (10, -1, ".end must be 0 or more"), (50, 20, "before")],
    ids=["negative-start", "negative-end", "reversed"],
)
def test_negative_or_reversed_quote_offsets_are_refused_naming_the_field(
    start: int, end: int, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _summary_with_offsets(tmp_path, capsys, start, end)
    code, _, err = run(capsys, "verify", str(path), "--source", str(SEED))
    assert code == 2
    assert_one_line_error(err, ".quotes[0]", needle)


def test_quote_offsets_past_the_source_fail_verification(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _summary_with_offsets(tmp_path, capsys, 10_000_000, 10_000_050)
    code, out, _ = run(capsys, "verify", str(path), "--source", str(SEED), "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert "bad_offsets" in json.dumps(report)


# --- summary JSON of the wrong shape: one line naming the field ------------------------------


def _seed_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """The extract engine's summary of the seed article, as JSON data."""
    out = tmp_path / "made.json"
    assert run(capsys, str(SEED), "--lang", "en", "--out", str(out))[0] == 0
    data: dict[str, object] = json.loads(out.read_text())
    return data


@pytest.mark.parametrize(
    ("change", "needles"),
    [
        (lambda d: "{not json", ("not valid JSON", "line 1")),
        (lambda d: {**d, "schema": "other@2"}, ("schema is 'other@2'", "summarizer/summary@1")),
        (lambda d: {**d, "points": {}}, ("field points must be a list, got dict",)),
        (lambda d: {**d, "lang": 7}, ("field lang must be a string, got int",)),
        (
            lambda d: {**d, "verification": {**d["verification"], "ok": "yes"}},
            ("field verification.ok must be a boolean, got str",),
        ),
        (
            lambda d: {**d, "verification": {**d["verification"], "checked": None}},
            ("field verification.checked must be an integer, got NoneType",),
        ),
    ],
    ids=[
        "not-json",
        "other-schema",
        "points-not-a-list",
        "lang-not-a-string",
        "ok-not-a-bool",
        "checked-not-an-integer",
    ],
)
def test_verify_refuses_a_summary_of_the_wrong_shape_naming_the_field(
    change: Any, needles: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = change(_seed_summary(tmp_path, capsys))
    path = tmp_path / "s.json"
    path.write_text(changed if isinstance(changed, str) else json.dumps(changed))
    code, out, err = run(capsys, "verify", str(path), "--source", str(SEED))
    assert code == 2 and out == ""
    assert_one_line_error(err, "s.json", *needles)
