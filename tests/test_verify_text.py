"""`summarize verify --text`: a plain-text summary from any tool, checked against its article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer import source
from summarizer.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "golden" / "seed-blitz-china-nato" / "article.txt")
ZH = str(ROOT / "golden" / "zh-02-china-us-summit-foreign-experts" / "article.txt")
GOOD = [
    "China's Foreign Ministry on Tuesday urged NATO to stop blaming Beijing for the war.",
    "",
    "Lin Jian said NATO should reflect on itself rather than smear and attack China.",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The CLI in-process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def verify_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], article: str = SEED
) -> tuple[int, dict[str, Any]]:
    """`summarize verify --text` of `lines` as JSON: (exit code, checked summary)."""
    path = tmp_path / "summary.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["verify", "--text", str(path), "--source", article, "--format", "json"]
    code, out, err = run(capsys, *argv)
    assert "Traceback" not in err
    return code, json.loads(out)


def test_each_line_is_a_point_resting_on_the_sentences_it_paraphrases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = verify_lines(tmp_path, capsys, GOOD)
    article = source.load(SEED).text
    assert code == 0 and data["verification"]["ok"] is True
    assert [p["text"] for p in data["points"]] == [GOOD[0], GOOD[2]]
    cited = [
        " ".join(article[s["start"] : s["end"]] for s in p["evidence"]) for p in data["points"]
    ]
    assert "urged NATO" in cited[0] and "blame" in cited[0]
    assert "self-reflection" in cited[1]


def test_a_line_that_is_a_speaker_and_a_verbatim_quote_is_in_the_reader_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the quote, only "Jens Stoltenberg said:" is left: a name reads as any language."""
    quote = (
        "The more credible our long-term support, the quicker Moscow will realise it cannot "
        "wait us out"
    )
    code, data = verify_lines(tmp_path, capsys, [f"Jens Stoltenberg said: “{quote}”"])
    assert [f["kind"] for f in data["verification"]["failures"]] == []
    assert code == 0 and data["verification"]["ok"] is True


def test_invented_numbers_names_and_claims_are_reported_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        *GOOD,
        "NATO prepares to celebrate its 80th anniversary with a summit in Washington.",
        "The weather in Lisbon was sunny and warm all week long.",
        "Lin Jian met Angela Merkel in Brussels.",
    ]
    code, data = verify_lines(tmp_path, capsys, lines)
    found = {(f["point"], f["kind"]) for f in data["verification"]["failures"]}
    assert code == 1
    assert found >= {(2, "number_not_in_evidence"), (3, "no_evidence")}
    assert (4, "name_not_in_source") in found
    assert not {p for p, _ in found} & {0, 1}


def test_text_mode_reports_as_text_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "summary.txt"
    path.write_text("NATO will mark its 80th anniversary at a Washington summit.\n", "utf-8")
    code, out, _ = run(capsys, "verify", "--text", str(path), "--source", SEED)
    flat = " ".join(out.split())
    assert code == 1
    assert 'number_not_in_evidence: "80" is not in its evidence (sentences 30) (#1)' in flat
    assert "closest in the source: “As NATO prepares to celebrate its 75th anniversary" in flat


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\n \n\t\n", "contains only whitespace"),
        (b"\x00\x01\x02binary\xff\xfe", "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image, not text"),
    ],
)
def test_empty_or_binary_text_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "summary.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "verify", "--text", str(path), "--source", SEED)
    assert code == 2 and out == "" and message in err and "Traceback" not in err


def test_a_summary_in_another_language_than_the_article_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "summary.txt"
    path.write_text("\n".join(GOOD), encoding="utf-8")
    code, out, err = run(capsys, "verify", "--text", str(path), "--source", ZH)
    assert code == 2 and out == ""
    assert "reads as en but the article is zh" in err and "article's own language" in err


def test_a_chinese_text_summary_aligns_by_character_bigrams(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = source.load(ZH).text
    first = next(line for line in article.splitlines() if len(line) > 40)
    code, data = verify_lines(tmp_path, capsys, [first[:40]], ZH)
    (point,) = data["points"]
    assert code == 0
    assert point["evidence"] and article[point["evidence"][0]["start"] :].startswith(first[:10])


@pytest.mark.parametrize(
    "argv", [["--source", SEED], ["summary.json", "--text", "s.txt", "--source", SEED]]
)
def test_summary_json_or_text_exactly_one(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _, err = run(capsys, "verify", *argv)
    assert code == 2 and "give either a summary JSON file or --text" in err
