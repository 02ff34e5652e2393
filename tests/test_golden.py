"""`summarize golden`: snapshots, replays, stale recordings, floors, reports and bad cases."""

from __future__ import annotations

import json
import shutil
import socket
import struct
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from summarizer.cli import main
from summarizer.golden.replay import ReplayServer
from tests.fakemodel import FakeModel
from tests.fakeserver import FakeOpenAI

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"
CASE_TOML = """[case]
article = "article.txt"
languages = ["en"]
source = "shared/articles/seed-blitz-china-nato"
licence = "test fixture"
notes = "seed article"

[expect]
speakers = ["Lin Jian", "Jens Stoltenberg"]
quotes = ["What NATO should do is self-reflection, not arbitrary smear and attack China"]
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A one-case golden folder whose approved summary is the extract engine's."""
    root = tmp_path / "golden"
    case = root / "seed"
    case.mkdir(parents=True)
    shutil.copy(SEED, case / "article.txt")
    (case / "case.toml").write_text(CASE_TOML)
    code, _, err = run(
        capsys, str(case / "article.txt"), "--lang", "en", "--out", str(case / "summary.en.json")
    )
    assert code == 0, err
    return root


@pytest.fixture
def recorded(cases: Path, fake_openai: FakeOpenAI, capsys: pytest.CaptureFixture[str]) -> Path:
    """The case set with replies recorded from a (fake) model, snapshots and floors pinned."""
    fake_openai.handler = FakeModel()
    model = ["--engine", "openai", "--base-url", fake_openai.url, "--model", "fake-1"]
    assert run(capsys, "golden", "record", "--cases", str(cases), *model)[0] == 0
    assert run(capsys, "golden", "update", "--cases", str(cases))[0] == 0
    fake_openai.handler = None
    return cases


def test_fresh_case_set_asks_to_pin_a_baseline(
    cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "golden", "check", "--cases", str(cases))
    assert code == 1
    assert "no baseline pinned" in out and "summarize golden update" in out


def test_recorded_replies_replay_offline_and_pass(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "golden", "check", "--cases", str(recorded))
    assert code == 0, out
    assert "replay-fake-1" in out and "extract" in out
    assert "golden check passed: 2 checks" in out


def test_edited_template_reports_stale_replies(
    recorded: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    template = prompts / "summarize.j2"
    template.write_text(template.read_text().replace("most important first", "most recent first"))
    monkeypatch.setenv("SUMMARIZER_PROMPTS_DIR", str(prompts))
    code, out, _ = run(capsys, "golden", "check", "--cases", str(recorded))
    assert code == 1
    assert "stale replies" in out and "prompts/summarize.j2" in out
    assert "summarize golden record" in out


def degrade(recorded: Path, change: str) -> None:
    """Edit the recorded reply of the seed case: drop Stoltenberg's points or alter a quote."""
    [path] = recorded.glob("seed/replies/*/fake-1.en.json")
    data = json.loads(path.read_text())
    for reply in data["replies"].values():
        summary = json.loads(reply["content"])
        if change == "drop_speaker":
            summary["points"] = [
                p for p in summary["points"] if "Stoltenberg" not in (p["speaker"] or "")
            ]
        else:
            for p in summary["points"]:
                for q in p["quotes"]:
                    q["source_text"] = q["source_text"].replace("self-reflection", "self-criticism")
        reply["content"] = json.dumps(summary)
    path.write_text(json.dumps(data))


def test_dropped_speaker_fails_the_speakers_metric(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    degrade(recorded, "drop_speaker")
    code, out, _ = run(
        capsys, "golden", "check", "--cases", str(recorded), "--report", str(recorded / "r.json")
    )
    assert code == 1
    [replayed] = [
        o
        for o in json.loads((recorded / "r.json").read_text())["outcomes"]
        if o["run"] == "replay-fake-1"
    ]
    assert "speakers" in replayed["regressions"]
    assert "REGRESSED" in out


def test_altered_quote_fails_the_quotes_metric(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    degrade(recorded, "alter_quote")
    junit = recorded / "junit.xml"
    code, _, _ = run(capsys, "golden", "check", "--cases", str(recorded), "--junit", str(junit))
    assert code == 1
    failures = [f.text or "" for f in ET.parse(junit).getroot().iter("failure")]
    assert any(line.startswith("quotes ") for f in failures for line in f.splitlines()), failures


def test_update_refuses_to_lower_a_floor(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    degrade(recorded, "drop_speaker")
    code, _, err = run(capsys, "golden", "update", "--cases", str(recorded))
    assert code == 1 and "--allow-regression" in err
    assert "update would lower" in err and "replay-fake-1 seed/en speakers: 1 → 0.5" in err
    assert run(capsys, "golden", "update", "--cases", str(recorded), "--allow-regression")[0] == 0
    assert run(capsys, "golden", "check", "--cases", str(recorded))[0] == 0


def test_changed_case_set_must_be_repinned(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = recorded / "seed" / "case.toml"
    toml.write_text(toml.read_text().replace('notes = "seed article"', 'notes = "edited"'))
    code, out, _ = run(capsys, "golden", "check", "--cases", str(recorded))
    assert code == 1 and "case set changed" in out


# --- bad cases: one line naming the case and the file, exit 2 -------------------------------


def bad_case(capsys: pytest.CaptureFixture[str], root: Path, *needles: str) -> None:
    """`golden check` refuses the case set with one line containing every needle."""
    code, _, err = run(capsys, "golden", "check", "--cases", str(root))
    assert code == 2, err
    assert err.count("summarize: error:") == 1 and "Traceback" not in err
    for needle in needles:
        assert needle in err, err


def test_bad_case_missing_article(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (cases / "seed" / "article.txt").unlink()
    bad_case(capsys, cases, "seed", "article.txt", "missing")


def test_bad_case_malformed_case_toml(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (cases / "seed" / "case.toml").write_text("[case\narticle = ")
    bad_case(capsys, cases, "seed", "case.toml", "malformed")


def test_bad_case_golden_summary_no_longer_verifies(
    cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = cases / "seed" / "summary.en.json"
    data = json.loads(path.read_text())
    data["points"][2]["quotes"][0]["source_text"] = "NATO is always right"
    path.write_text(json.dumps(data))
    bad_case(capsys, cases, "seed", "summary.en.json", "no longer verifies")


def test_bad_case_unknown_language(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = cases / "seed" / "case.toml"
    toml.write_text(toml.read_text().replace('languages = ["en"]', 'languages = ["en", "xx"]'))
    bad_case(capsys, cases, "seed", "case.toml", "xx")


def test_bad_case_missing_approved_summary(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (cases / "seed" / "summary.en.json").unlink()
    bad_case(capsys, cases, "seed", "summary.en.json")


def test_repository_golden_set_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "golden", "check", "--cases", str(ROOT / "golden"))
    assert code == 0, out


def test_replay_server_stays_quiet_when_a_client_hangs_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A request cancelled mid-way (the client resets the connection) prints no traceback."""
    with ReplayServer({}) as server:
        host, port = server.url.split("//")[1].split("/")[0].split(":")
        client = socket.create_connection((host, int(port)))
        client.sendall(b"POST /v1/chat/completions HTTP/1.1\r\ncontent-length: 50\r\n\r\n{")
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        request = urllib.request.Request(f"{server.url}/chat/completions", data=b"not json")
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(request, timeout=10)
    assert bad.value.code == 400
    assert "Traceback" not in capsys.readouterr().err


def test_bad_case_set_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_case(capsys, tmp_path / "nowhere", "no golden folder at", "nowhere")


def test_bad_case_set_without_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_case(capsys, tmp_path, "no golden cases in", str(tmp_path))


def test_record_of_a_case_that_does_not_exist_names_it(
    cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--engine", "openai", "--base-url", "http://127.0.0.1:9/v1", "--model", "m"]
    code, out, err = run(capsys, "golden", "record", "--cases", str(cases), "--case", "sede", *argv)
    assert code == 2 and out == ""
    errors = [line for line in err.splitlines() if line.startswith("summarize: error:")]
    assert errors == [f"summarize: error: no golden case 'sede' in {cases}"], err


def test_bad_case_missing_case_toml(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (cases / "seed" / "case.toml").unlink()
    bad_case(capsys, cases, "golden case seed: case.toml is missing")


def test_bad_case_missing_expect_table(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = cases / "seed" / "case.toml"
    toml.write_text(toml.read_text().split("[expect]")[0])
    bad_case(capsys, cases, "golden case seed: case.toml", "missing table [expect]")


def test_bad_case_article_not_a_string(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = cases / "seed" / "case.toml"
    toml.write_text(toml.read_text().replace('article = "article.txt"', "article = 3"))
    bad_case(capsys, cases, "case.toml", "case.article must be a non-empty string")


def test_bad_case_languages_not_a_list(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = cases / "seed" / "case.toml"
    toml.write_text(toml.read_text().replace('languages = ["en"]', 'languages = "en"'))
    bad_case(capsys, cases, "case.toml", "case.languages must be a list of strings")


def test_bad_case_malformed_baseline(recorded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (recorded / "baseline.json").write_text('{"floors": {}}')
    bad_case(capsys, recorded, "baseline.json", "malformed baseline")


def test_bad_case_malformed_recorded_replies(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (replies,) = (recorded / "seed" / "replies").glob("*/*.en.json")
    replies.write_text("not json")
    bad_case(capsys, recorded, replies.name, "not a recorded-replies file")


def test_update_refuses_while_a_case_is_broken_and_writes_nothing(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = (recorded / "baseline.json").read_text()
    (replies,) = (recorded / "seed" / "replies").glob("*/*.en.json")
    data = json.loads(replies.read_text())
    data["replies"] = {}
    replies.write_text(json.dumps(data))
    code, _, err = run(capsys, "golden", "update", "--cases", str(recorded))
    assert code == 1 and "Traceback" not in err
    assert err.count("summarize: error:") == 1 and "cannot update while cases are broken" in err
    assert (recorded / "baseline.json").read_text() == baseline


def test_a_bad_case_set_is_one_line_from_the_real_command(tmp_path: Path) -> None:
    """The installed `summarize` prints the error alone: no traceback, exit 2."""
    summarize = Path(sys.executable).with_name("summarize")
    done = subprocess.run(
        [str(summarize), "golden", "check", "--cases", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"summarize: error: no golden folder at {tmp_path / 'nowhere'}\n"


def test_a_snapshot_that_is_not_utf8_is_reported_as_differing(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = recorded / "seed" / "snapshots" / "extract.en.json"
    snapshot.write_bytes(b"\xff\xfe not a snapshot")
    code, out, err = run(capsys, "golden", "check", "--cases", str(recorded))
    assert code == 1 and err == ""
    assert "output differs from golden/seed/snapshots/extract.en.json" in out
