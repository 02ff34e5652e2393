"""The `summarize` command as a user runs it: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from summarizer.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-blitz-china-nato.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"
PARAGRAPH = (
    "The city council met on Tuesday to discuss the new budget for public transport. "
    "Members reviewed spending on buses, trams and cycle lanes over the next five years. "
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process and return (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *needles: str) -> None:
    """The error is exactly one `summarize: error:` line mentioning every needle, no traceback."""
    lines = [line for line in err.splitlines() if line.startswith("summarize: error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_seed_article_in_chinese_names_both_speakers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(SEED), "--lang", "zh")
    assert code == 0, err
    assert "Lin Jian" in out and "Stoltenberg" in out
    assert "What NATO should do is self-reflection" in out
    assert "未" in out  # the notice, in Chinese, that nothing was translated
    assert "no model configured" in err


def test_json_output_is_the_contract_and_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SEED), "--lang", "en", "--format", "json", "--engine", "extract")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "summarizer/summary@1"
    assert data["engine"]["name"] == "extract"
    assert data["verification"]["ok"] is True
    speakers = {p["speaker"] for p in data["points"]}
    assert {"Lin Jian", "Jens Stoltenberg"} <= speakers


def test_out_file_format_follows_extension_and_verify_accepts_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.zh.json"
    code, stdout, _ = run(capsys, str(SEED), "--lang", "zh", "--out", str(out))
    assert code == 0 and stdout == ""
    code, stdout, _ = run(capsys, "verify", str(out), "--source", str(SEED))
    assert code == 0, stdout


def test_verify_fails_on_an_altered_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    run(capsys, str(SEED), "--lang", "en", "--out", str(out))
    data = json.loads(out.read_text())
    quoted = next(p for p in data["points"] if p["speaker"] == "Lin Jian")
    quoted["quotes"][0]["source_text"] = "NATO must be dissolved at once"
    out.write_text(json.dumps(data))
    code, stdout, _ = run(capsys, "verify", str(out), "--source", str(SEED), "--format", "json")
    assert code == 1
    kinds = {f["kind"] for f in json.loads(stdout)["verification"]["failures"]}
    assert "not_found" in kinds


def test_several_inputs_to_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    es = ARTICLES / "es-01-infanta-cristina-noos-case" / "article.txt"
    code, _, _ = run(
        capsys,
        str(SEED),
        str(es),
        "--lang",
        "fr",
        "--out-dir",
        str(tmp_path),
        "--format",
        "markdown",
    )
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article.fr.md",
        "seed-blitz-china-nato.fr.md",
    ]


def test_one_bad_input_among_several_exits_4_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, str(SEED), str(tmp_path / "nope.txt"), "--lang", "en", "--out-dir", str(tmp_path)
    )
    assert code == 4
    assert "nope.txt" in err and "1 of 2 inputs failed" in err
    assert (tmp_path / "seed-blitz-china-nato.en.txt").exists()


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, out, _ = run(capsys, "-", "--lang", "en")
    assert code == 0 and "Stoltenberg" in out


def test_quotes_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quotes", str(SEED), "--format", "json")
    assert code == 0
    quotes = json.loads(out)
    assert all(set(q) >= {"text", "start", "end", "speaker", "cue"} for q in quotes)
    first = quotes[0]
    assert first["text"].startswith("What NATO should do") and first["speaker"] == "Lin Jian"


SHORT_QUOTE = '"We will win this race," said Anna Berg.\n'


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("short.txt", SHORT_QUOTE),
        ("short.html", f"<!doctype html><html><body><p>{SHORT_QUOTE}</p></body></html>"),
    ],
)
def test_quotes_lists_the_quote_of_a_text_too_short_to_summarize(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str
) -> None:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(page), "--format", "json")
    assert code == 0, err
    assert [(q["text"], q["speaker"]) for q in json.loads(out)] == [
        ("We will win this race,", "Anna Berg")
    ]


def test_summarizing_the_same_short_text_still_needs_180_letters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "short.txt"
    page.write_text(SHORT_QUOTE, encoding="utf-8")
    code, out, err = run(capsys, str(page), "--lang", "en")
    assert code == 2 and out == ""
    assert_one_line_error(err, "short.txt", "too short to summarize", "at least 180")


@pytest.mark.parametrize(
    ("content", "needle"),
    [("", "is empty"), ("  \n\n\t\n", "only whitespace"), ("12 345 --- 6.78\n", "no letters")],
)
def test_quotes_of_a_text_with_no_letters_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, needle: str
) -> None:
    page = tmp_path / "blank.txt"
    page.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(page))
    assert code == 2 and out == ""
    assert_one_line_error(err, "blank.txt", needle)


# --- bad inputs: each a one-line error and exit code 2, nothing written -------------------


def bad(capsys: pytest.CaptureFixture[str], tmp_path: Path, path: Path, *needles: str) -> None:
    """Summarizing `path` fails with exit 2, one line mentioning needles, and writes no output."""
    out = tmp_path / "out" / "result.txt"
    code, stdout, err = run(capsys, str(path), "--lang", "zh", "--out", str(out))
    assert code == 2, err
    assert_one_line_error(err, *needles)
    assert not out.exists() and stdout == ""


def test_bad_input_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad(capsys, tmp_path, tmp_path / "missing.txt", "missing.txt")


def test_bad_input_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad(capsys, tmp_path, tmp_path, "director")


def test_bad_input_unreadable_file(
    unreadable: Callable[[str], AbstractContextManager[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    with unreadable(PARAGRAPH * 5) as p:
        code, _, err = run(capsys, str(p), "--lang", "en")
    assert code == 2
    assert_one_line_error(err, "secret.txt", "ermission denied")


def test_bad_input_dangling_symlink(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "dangling.txt"
    p.symlink_to(tmp_path / "gone.txt")
    bad(capsys, tmp_path, p, "dangling.txt")


def test_bad_input_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("")
    bad(capsys, tmp_path, p, "empty")


def test_bad_input_whitespace_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t \n")
    bad(capsys, tmp_path, p, "blank.txt")


def test_bad_input_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    bad(capsys, tmp_path, p, "photo.txt")


def test_bad_input_100_mb_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    bad(capsys, tmp_path, p, "huge.txt")


def test_bad_input_undecodable_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4000)).replace(b"\x00", b"\x01"))
    bad(capsys, tmp_path, p, "noise.txt")


def test_bad_input_html_without_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "menu.html"
    p.write_text(
        "<!doctype html><html><head><title>Home</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"
    )
    bad(capsys, tmp_path, p, "menu.html")


def test_bad_input_too_short_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "short.txt"
    p.write_text("Breaking news.\n")
    bad(capsys, tmp_path, p, "short")


def test_bad_input_unknown_lang(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(SEED), "--lang", "xx")
    assert code == 2
    assert_one_line_error(err, "xx", "supported")


def test_bad_input_out_with_several_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, str(SEED), str(SEED), "--lang", "en", "--out", str(tmp_path / "x"))
    assert code == 2
    assert_one_line_error(err, "--out-dir")


def test_bad_input_malformed_summary_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "s.json"
    p.write_text('{"schema": "summarizer/summary@1", "lang": ')
    code, _, err = run(capsys, "verify", str(p), "--source", str(SEED))
    assert code == 2
    assert_one_line_error(err, "s.json", "JSON")


def test_bad_input_wrong_schema_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "s.json"
    p.write_text(json.dumps({"schema": "other@2", "points": []}))
    code, _, err = run(capsys, "verify", str(p), "--source", str(SEED))
    assert code == 2
    assert_one_line_error(err, "schema")


def test_bad_input_summary_with_wrong_field_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    run(capsys, str(SEED), "--lang", "en", "--out", str(out))
    data = json.loads(out.read_text())
    data["points"][0]["quotes"] = "not a list"
    out.write_text(json.dumps(data))
    code, _, err = run(capsys, "verify", str(out), "--source", str(SEED))
    assert code == 2
    assert_one_line_error(err, "points[0].quotes")


def test_unbalanced_quotation_marks_still_summarize(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "unbalanced.txt"
    p.write_text(
        "Council votes on budget\n\n"
        + PARAGRAPH * 2
        + "\n\nThe mayor said: “We will not raise fares this year.\n\n"
        + PARAGRAPH
    )
    code, out, err = run(capsys, str(p), "--lang", "en", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["verification"]["ok"] is True


def test_article_without_quotes_gives_lead_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Council meets on budget\n\n" + PARAGRAPH * 3)
    code, out, err = run(capsys, str(p), "--lang", "zh", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["points"] and all(pt["speaker"] is None for pt in data["points"])


def test_traceback_only_with_debug(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("summarize")
    missing = str(tmp_path / "missing.txt")
    plain = subprocess.run([str(exe), missing, "--lang", "en"], capture_output=True, text=True)
    debug = subprocess.run(
        [str(exe), missing, "--lang", "en", "--debug"], capture_output=True, text=True
    )
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr


def test_output_file_gets_normal_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.md"
    old = os.umask(0o022)
    try:
        assert run(capsys, str(SEED), "--lang", "en", "--out", str(out))[0] == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_an_internal_error_is_one_line_with_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli import run

    def broken(argv: list[str]) -> int:
        raise IndexError("tuple index out of range")

    monkeypatch.setattr(run, "main", broken)
    assert main([str(SEED), "--lang", "zh"]) == 70
    err = capsys.readouterr().err
    assert_one_line_error(err, "internal error (IndexError", "--debug")
    assert "Traceback" not in err


def test_help_lists_every_subcommand_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.cli import COMMANDS

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    for name in COMMANDS:
        described = [line for line in lines if line.split()[:1] == [name]]
        assert len(described) == 1 and len(described[0].split()) > 3, (name, lines)
