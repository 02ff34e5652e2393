"""Batch jobs after a kill: a batch the server made but the store never recorded is adopted, not
sent again, and collect's counts match the files it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakeserver import FakeOpenAI
from tests.test_batch import EN, ES, SEED, finish, run, server, written
from tests.test_digest import wait_for

__all__ = ["server"]


def spawn_submit(out: Path, *inputs: str) -> subprocess.Popen[bytes]:
    """`summarize batch submit INPUTS` in a child process (to be killed)."""
    code = "import sys; from summarizer.cli import main; sys.exit(main(sys.argv[1:]))"
    argv = ["batch", "submit", *inputs, "--lang", "en", "--format", "json", "--out-dir", str(out)]
    return subprocess.Popen(
        [sys.executable, "-c", code, *argv],
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_batch_made_before_a_kill_is_adopted_and_never_sent_twice(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    server.stall_after_create = 30
    child = spawn_submit(out, SEED, EN, ES)
    wait_for(lambda: bool(server.batch_ids()))
    child.kill()
    child.wait(10)
    server.stall_after_create = 0
    (made,) = server.batch_ids()

    code, said, _ = run(capsys, "collect", "--resubmit")
    assert "resubmitted" not in said and server.batch_ids() == [made]
    finish(capsys)
    code, said, _ = run(capsys, "collect")
    assert code == 0 and said.count("wrote ") == 3
    assert set(written(out)) == {SEED, EN, ES}
    assert server.batch_ids() == [made] and server.chat_requests() == []


def test_two_jobs_into_one_folder_write_as_many_files_as_they_report(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.test_batch import submit

    out = tmp_path / "out"
    assert submit(capsys, out, SEED, EN)[0] == 0
    assert submit(capsys, out, SEED, EN)[0] == 0
    finish(capsys)
    code, said, _ = run(capsys, "collect")
    assert code == 0 and "collected: 4 written" in said
    assert said.count("wrote ") == len(list(out.iterdir())) == 4


def test_a_create_whose_answer_was_lost_is_adopted_when_retried(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.test_batch import submit

    server.drop_after_create = 1
    code, said, _ = submit(capsys, tmp_path / "out", SEED, EN)
    assert code == 0 and len(server.batch_ids()) == 1
    finish(capsys)
    code, said, _ = run(capsys, "collect")
    assert code == 0 and said.count("wrote ") == 2
