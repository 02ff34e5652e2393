"""`summarize batch submit|status|collect` end to end: real SDK, HTTP, SQLite, fake Batch API."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from openai import OpenAI

from summarizer import source, summary
from summarizer.batch.report import counts
from summarizer.batch.store import open_store
from summarizer.cli import main as cli_main
from summarizer.model.batch_api import BatchAPI
from summarizer.model.types import ModelConfig
from tests.fakemodel import FakeModel
from tests.fakeserver import FakeOpenAI, Reply, server_error, truncated

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
SEED = str(ARTICLES / "seed-blitz-china-nato" / "article.txt")
EN = str(next(ARTICLES.glob("en-01-*")) / "article.txt")
ES = str(next(ARTICLES.glob("es-01-*")) / "article.txt")
EN_LONG = str(next(ARTICLES.glob("en-03-*-LONG")) / "article.txt")
BUSY = re.compile(r": (validating|in_progress|finalizing|cancelling),")


@pytest.fixture
def server(fake_openai: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """The fake server with a well-behaved fake model; a private state dir for the store."""
    fake_openai.handler = FakeModel()
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("SUMMARIZER_STATE_DIR", str(tmp_path / "state"))
    return fake_openai


class FailingFor:
    """A handler that answers `failure` (500) to every request about the article with `phrase`."""

    def __init__(self, phrase: str, failure: Reply | None = None) -> None:
        self.phrase = phrase
        self.failure = failure or server_error(500)
        self.failing = True
        self.model = FakeModel()

    def __call__(self, body: Mapping[str, Any]) -> Reply:
        if self.failing and self.phrase in json.dumps(body, ensure_ascii=False):
            return self.failure
        return self.model(body)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`summarize batch ARGV` in-process: (exit code, stdout, stderr)."""
    code = cli_main(["batch", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def submit(capsys: pytest.CaptureFixture[str], out: Path, *argv: str) -> tuple[int, str, str]:
    """`summarize batch submit ARGV --lang en --format json --out-dir OUT`."""
    return run(capsys, "submit", *argv, "--lang", "en", "--format", "json", "--out-dir", str(out))


def finish(capsys: pytest.CaptureFixture[str]) -> str:
    """`summarize batch status` until no batch is still running; its last output."""
    for _ in range(10):
        _, out, _ = run(capsys, "status")
        if not BUSY.search(out):
            return out
    raise AssertionError(f"batches never finished: {out}")


def written(out: Path) -> dict[str, summary.Summary]:
    """The JSON summaries in `out`, by the input they summarize."""
    found = [summary.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
    return {s.source.origin: s for s in found}


def phrase(path: str) -> str:
    """A piece of the article's cleaned text that only requests about it contain."""
    return source.load(path).paragraphs[1].text[:40]


def custom_ids(fake: FakeOpenAI, batch_id: str) -> list[str]:
    """The custom_ids of a batch's input lines."""
    return [line["custom_id"] for line in fake.batch_lines(batch_id)]


def line_about(fake: FakeOpenAI, batch_id: str, path: str) -> str:
    """The custom_id of the line of `batch_id` that asks about the article at `path`."""
    text = phrase(path)
    (found,) = [
        x["custom_id"]
        for x in fake.batch_lines(batch_id)
        if text in json.dumps(x["body"], ensure_ascii=False)
    ]
    return found


def test_submit_status_collect_writes_verified_summaries_without_live_first_calls(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, said, _ = submit(capsys, out, SEED, EN, ES)
    assert code == 0
    assert "job 1: 3 inputs, 3 requests in 1 batches" in said
    (batch_id,) = server.batch_ids()
    lines = server.batch_lines(batch_id)
    assert [x["body"]["response_format"]["type"] for x in lines] == ["json_schema"] * 3
    code, said, _ = run(capsys, "status")
    assert code == 4
    assert f"{batch_id} (job 1): in_progress, 0/3 done" in said
    assert "job 1: 3 articles, 0 written, 0 failed, 3 pending" in said
    assert "job 1: 3 articles, 0 written" in finish(capsys)
    code, said, _ = run(capsys, "collect")
    assert code == 0 and said.count("wrote ") == 3
    summaries = written(out)
    assert set(summaries) == {SEED, EN, ES}
    assert all(s.verification is not None and s.verification.ok for s in summaries.values())
    assert all(s.lang == "en" for s in summaries.values())
    assert server.chat_requests() == []
    before, files = len(server.requests), sorted(out.iterdir())
    code, said, _ = run(capsys, "collect")
    assert code == 0 and "collected: 0 written" in said
    assert len(server.requests) == before and sorted(out.iterdir()) == files
    assert cli_main([EN, "--lang", "en", "--format", "json"]) == 0
    assert server.chat_requests() == [] and json.loads(capsys.readouterr().out)["points"]
    assert "job 1: 3 articles, 3 written, 0 failed, 0 pending" in run(capsys, "status", "1")[1]


def test_the_same_inputs_again_are_never_sent_twice(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert submit(capsys, tmp_path / "a", SEED, EN)[0] == 0
    code, said, _ = submit(capsys, tmp_path / "b", EN, SEED, SEED)
    assert code == 0 and "job 2: 3 inputs, 0 requests in 0 batches" in said
    assert len(server.batch_ids()) == 1
    finish(capsys)
    code, said, _ = run(capsys, "collect")
    assert code == 0 and said.count("wrote ") == 5
    assert len(list((tmp_path / "b").iterdir())) == 3
    code, said, _ = submit(capsys, tmp_path / "c", ES, EN)
    assert "job 3: 2 inputs, 1 requests in 1 batches" in said and "1 already cached" in said
    assert len(server.batch_lines(server.batch_ids()[-1])) == 1
    finish(capsys)
    code, said, _ = run(capsys, "collect", "3")
    assert code == 0 and set(written(tmp_path / "c")) == {ES, EN}
    assert server.chat_requests() == []


def test_batches_are_split_by_max_requests_per_batch_and_repeats_sent_once(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, said, _ = submit(capsys, out, SEED, SEED, EN, ES, "--max-requests-per-batch", "2")
    assert code == 0 and "4 inputs, 3 requests in 2 batches" in said
    assert [len(server.batch_lines(b)) for b in server.batch_ids()] == [2, 1]
    finish(capsys)
    assert run(capsys, "collect")[0] == 0
    assert set(written(out)) == {SEED, EN, ES}
    assert sorted(p.name for p in out.iterdir())[:2] == ["article-2.en.json", "article-3.en.json"]
    assert len(list(out.iterdir())) == 4


def test_a_failed_line_is_resubmitted_alone_and_written_later(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    handler = FailingFor(phrase(EN))
    server.handler = handler
    submit(capsys, tmp_path / "out", SEED, EN, ES)
    (first,) = server.batch_ids()
    failed_line = line_about(server, first, EN)
    finish(capsys)
    code, said, err = run(capsys, "collect")
    assert code == 4 and said.count("wrote ") == 2
    assert "1 waiting for --resubmit" in said
    assert f"{EN}: request failed (HTTP 500: internal error)" in err
    assert set(written(tmp_path / "out")) == {SEED, ES}
    handler.failing = False
    code, said, _ = run(capsys, "collect", "--resubmit")
    assert code == 4 and said.count("wrote ") == 0
    _, again = server.batch_ids()
    assert f"resubmitted in {again}" in said
    assert custom_ids(server, again) == [failed_line]
    finish(capsys)
    code, said, err = run(capsys, "collect")
    assert code == 0 and said.count("wrote ") == 1 and err == ""
    assert set(written(tmp_path / "out")) == {SEED, EN, ES}
    assert server.chat_requests() == []


def test_an_expired_batch_keeps_its_results_and_resubmits_only_the_rest(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    server.batch_outcome = "expired"
    submit(capsys, tmp_path / "out", SEED, EN, ES)
    (first,) = server.batch_ids()
    late = custom_ids(server, first)[2:]
    assert ": expired, 2/3 done" in finish(capsys)
    code, said, err = run(capsys, "collect")
    assert code == 4 and said.count("wrote ") == 2 and "batch_expired" in err
    server.batch_outcome = "completed"
    run(capsys, "collect", "--resubmit")
    assert custom_ids(server, server.batch_ids()[-1]) == late
    finish(capsys)
    assert run(capsys, "collect")[0] == 0
    assert set(written(tmp_path / "out")) == {SEED, EN, ES}


def test_completed_without_output_file_is_an_error_not_a_success(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    server.batch_outcome = "no_output"
    submit(capsys, tmp_path / "out", SEED, EN)
    (first,) = server.batch_ids()
    finish(capsys)
    code, said, err = run(capsys, "collect")
    assert code == 3 and said == ""
    assert err.startswith(f"summarize: error: batch {first} is 'completed' but has no output")
    assert "its 2 requests were not marked done" in err and "--resubmit" in err
    assert not (tmp_path / "out").exists()
    assert "0 written, 0 failed, 2 pending (2 need --resubmit)" in run(capsys, "status")[1]
    server.batch_outcome = "completed"
    run(capsys, "collect", "--resubmit")
    assert sorted(custom_ids(server, server.batch_ids()[-1])) == sorted(custom_ids(server, first))
    finish(capsys)
    assert run(capsys, "collect")[0] == 0 and set(written(tmp_path / "out")) == {SEED, EN}


def test_a_result_file_gone_from_the_server_is_reported_and_resubmitted(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    submit(capsys, tmp_path / "out", SEED, EN)
    (first,) = server.batch_ids()
    finish(capsys)
    with OpenAI(base_url=server.url, api_key="k", max_retries=0) as sdk:
        output = sdk.batches.retrieve(first).output_file_id
        assert output is not None
        sdk.files.delete(output)
    code, said, err = run(capsys, "collect")
    assert code == 3 and said == "" and len(err.splitlines()) == 1
    assert f"result file {output} of batch {first} is gone (HTTP 404); its 2 requests" in err
    run(capsys, "collect", "--resubmit")
    assert sorted(custom_ids(server, server.batch_ids()[-1])) == sorted(custom_ids(server, first))
    finish(capsys)
    assert run(capsys, "collect")[0] == 0 and set(written(tmp_path / "out")) == {SEED, EN}


def test_a_cancelled_batch_keeps_what_ran_and_resubmits_the_rest(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    submit(capsys, tmp_path / "out", SEED, EN, ES)
    (first,) = server.batch_ids()
    run(capsys, "status")
    config = ModelConfig(model="fake-model", base_url=server.url, api_key="k")
    with BatchAPI(config) as api:
        assert api.cancel(first).status == "cancelling"
    assert ": cancelled, 2/3 done" in finish(capsys)
    code, said, err = run(capsys, "collect")
    assert code == 4 and said.count("wrote ") == 2 and "batch_cancelled" in err
    run(capsys, "collect", "--resubmit")
    assert custom_ids(server, server.batch_ids()[-1]) == custom_ids(server, first)[2:]
    finish(capsys)
    assert run(capsys, "collect")[0] == 0
    assert set(written(tmp_path / "out")) == {SEED, EN, ES}


def test_an_endpoint_without_a_batch_api_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(404)

        def log_message(self, format: str, *args: Any) -> None:
            """Stay quiet."""

    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotFound) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("SUMMARIZER_STATE_DIR", str(tmp_path / "state"))
        code, _, err = submit(capsys, tmp_path / "out", SEED)
        httpd.shutdown()
    assert code == 3 and len(err.splitlines()) == 1
    assert f"{url} has no Batch API (GET /batches answered HTTP 404)" in err
    assert "no batch jobs yet" in run(capsys, "status")[1]


def test_a_batch_that_fails_validation_is_shown_and_can_be_resubmitted(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    server.batch_outcome = "failed"
    submit(capsys, tmp_path / "out", SEED)
    said = finish(capsys)
    assert ": failed, 0/1 done, 0 failed — invalid_request (line 1): Invalid request" in said
    code, said, err = run(capsys, "collect")
    assert code == 4 and "1 waiting for --resubmit" in said and "invalid_request" in err
    server.batch_outcome = "completed"
    run(capsys, "collect", "--resubmit")
    finish(capsys)
    assert run(capsys, "collect")[0] == 0 and set(written(tmp_path / "out")) == {SEED}


def test_a_missing_input_is_recorded_failed_and_the_others_go_on(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "nowhere.txt")
    code, said, err = submit(capsys, tmp_path / "out", missing, EN)
    assert code == 4 and "2 inputs, 1 requests in 1 batches" in said and "1 failed" in said
    assert f"summarize: error: {missing}: no such file" in err
    assert "1 failed, 1 pending" in finish(capsys)
    code, said, err = run(capsys, "collect")
    assert code == 4 and said.count("wrote ") == 1 and missing in err
    assert set(written(tmp_path / "out")) == {EN}


@pytest.mark.parametrize(
    "flags, needle",
    [
        (["--engine", "extract"], "batch needs an OpenAI-compatible endpoint with a Batch API"),
        (["--no-cache"], "drop --no-cache"),
    ],
)
def test_engines_without_a_batch_api_and_no_cache_are_refused(
    server: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    flags: list[str],
    needle: str,
) -> None:
    code, said, err = submit(capsys, tmp_path / "out", SEED, *flags)
    assert code == 2 and said == "" and needle in err
    assert len(err.strip().splitlines()) == 1 and server.requests == []


def test_no_endpoint_at_all_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_STATE_DIR", str(tmp_path / "state"))
    code, _, err = submit(capsys, tmp_path / "out", SEED)
    assert code == 2 and "set OPENAI_BASE_URL or OPENAI_API_KEY" in err


def test_no_model_configured_is_one_error_line_from_the_real_command(tmp_path: Path) -> None:
    """No "using the extract engine" notice before the refusal that contradicts it."""
    exe = Path(sys.executable).with_name("summarize")
    argv = [str(exe), "batch", "submit", SEED, "--lang", "en", "--out-dir", str(tmp_path / "out")]
    env = {**os.environ, "SUMMARIZER_STATE_DIR": str(tmp_path / "state")}
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        "summarize: error: batch needs an OpenAI-compatible endpoint with a Batch API (not the "
        "extract engine): set OPENAI_BASE_URL or OPENAI_API_KEY\n"
    )
    assert not (tmp_path / "out").exists() and not (tmp_path / "state").exists()


def test_a_long_article_batches_its_map_calls_and_reduces_live(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    model = FakeModel()
    server.handler = model
    code, said, _ = submit(capsys, tmp_path / "out", EN_LONG, "--max-input-tokens", "3000")
    (batch_id,) = server.batch_ids()
    maps = len(server.batch_lines(batch_id))
    assert code == 0 and maps >= 2 and f"{maps} requests in 1 batches" in said
    finish(capsys)
    assert run(capsys, "collect")[0] == 0
    kinds = model.kinds()
    assert kinds[: maps + 1] == ["map"] * maps + ["reduce"] and "map" not in kinds[maps:]
    live = server.chat_requests()
    assert len(live) == len(kinds) - maps
    assert "Merge them" in live[0].body["messages"][1]["content"]
    (done,) = written(tmp_path / "out").values()
    assert done.verification is not None and done.verification.ok and done.points


def test_changed_prompt_templates_are_refused_at_collect(
    server: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    submit(capsys, tmp_path / "out", SEED)
    finish(capsys)
    changed = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", changed)
    with (changed / "summarize.j2").open("a", encoding="utf-8") as fh:
        fh.write("\nBe brief.\n")
    monkeypatch.setenv("SUMMARIZER_PROMPTS_DIR", str(changed))
    code, _, err = run(capsys, "collect")
    assert code == 2 and "the prompt templates changed since batch job 1 was submitted" in err
    assert not (tmp_path / "out").exists() and server.chat_requests() == []
    monkeypatch.delenv("SUMMARIZER_PROMPTS_DIR")
    assert run(capsys, "collect")[0] == 0 and set(written(tmp_path / "out")) == {SEED}


def test_unknown_job_and_unusable_state_dir_are_one_line_errors(
    server: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(capsys, "status", "7")
    assert code == 2 and "no batch job 7" in err
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SUMMARIZER_STATE_DIR", str(blocker / "state"))
    code, _, err = run(capsys, "collect")
    assert (
        code == 2 and f"cannot create {blocker / 'state'}" in err and "SUMMARIZER_STATE_DIR" in err
    )


def cli(env: Mapping[str, str], *argv: str, **kw: Any) -> subprocess.Popen[str]:
    """`summarize batch ARGV` as a real process."""
    code = "import sys\nfrom summarizer.cli import main\nsys.exit(main(['batch', *sys.argv[1:]]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, *argv], cwd=ROOT, env=dict(env), text=True, **kw
    )


def finished(env: Mapping[str, str], *argv: str) -> str:
    """Run `summarize batch ARGV` in a new process to the end; its stdout."""
    done = cli(env, *argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = done.communicate(timeout=60)
    assert done.returncode in (0, 4), err
    return out


def test_a_killed_submit_is_resumed_by_new_processes(server: FakeOpenAI, tmp_path: Path) -> None:
    env = {**os.environ, "OPENAI_BASE_URL": server.url}
    out = tmp_path / "out"
    args = (
        "--lang",
        "en",
        "--format",
        "json",
        "--out-dir",
        str(out),
        "--max-requests-per-batch",
        "1",
    )
    submitting = cli(env, "submit", "--inputs-from", "-", *args, stdin=subprocess.PIPE)
    assert submitting.stdin is not None
    submitting.stdin.write(f"{SEED}\n# a comment\n\n{EN}\n")
    submitting.stdin.flush()
    deadline = time.monotonic() + 30
    while not (tmp_path / "state").exists() or _articles(tmp_path) < 2:
        assert time.monotonic() < deadline and submitting.poll() is None
        time.sleep(0.05)
    submitting.send_signal(signal.SIGKILL)
    submitting.wait(timeout=10)
    assert len(server.batch_ids()) == 1
    assert "2 articles, 0 written, 0 failed, 2 pending (1 need --resubmit)" in finished(
        env, "status"
    )
    assert "resubmitted in " in finished(env, "collect", "--resubmit")
    while BUSY.search(finished(env, "status")):
        pass
    finished(env, "collect")
    assert set(written(out)) == {SEED, EN}
    assert server.chat_requests() == []


def _articles(tmp_path: Path) -> int:
    """Articles recorded so far in the store under tmp_path/state (read by this process)."""
    with open_store(tmp_path / "state") as store:
        return counts(store, 1).articles if store.jobs() else 0


def test_result_lines_split_only_on_newlines_not_on_unicode_line_separators(
    server: FakeOpenAI, tmp_path: Path
) -> None:
    content = '{"headline": "a\u2028b\u0085c", "points": []}'
    server.handler = lambda body: Reply(content=content)
    lines = tmp_path / "in.jsonl"
    body = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
    lines.write_text(
        "".join(
            json.dumps(
                {
                    "custom_id": f"r{i}",
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": body,
                }
            )
            + "\n"
            for i in range(3)
        )
    )
    config = ModelConfig(model="fake-model", base_url=server.url, api_key="k")
    with BatchAPI(config) as api:
        info = api.create(api.upload(lines), {})
        while info.status not in ("completed", "failed", "expired", "cancelled"):
            info = api.retrieve(info.id)
        assert info.output_file_id is not None
        got = [json.loads(x) for x in api.lines(info.output_file_id)]
    assert [g["custom_id"] for g in got] == ["r0", "r1", "r2"]
    reply = got[0]["response"]["body"]["choices"][0]["message"]["content"]
    assert json.loads(reply)["headline"] == "a\u2028b\u0085c"


HOLDER = """
import sys
from summarizer.batch.commands import lock
with lock():
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_submit_and_collect_refuse_to_run_while_another_batch_command_holds_the_lock(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert submit(capsys, out, SEED)[0] == 0
    finish(capsys)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline() == b"locked\n"
        before = len(server.requests)
        lock = tmp_path / "state" / "batch.lock"
        refusal = (
            f"summarize: error: another batch command is in progress (lock {lock} held by pid "
            f"{holder.pid}); wait for it to finish\n"
        )
        assert submit(capsys, out, EN) == (2, "", refusal)
        assert run(capsys, "collect") == (2, "", refusal)
        assert len(server.requests) == before and not out.exists()
        assert "job 1: 1 articles, 0 written" in run(capsys, "status")[1]
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert len(server.batch_ids()) == 1
    assert run(capsys, "collect")[0] == 0 and set(written(out)) == {SEED}


def test_a_truncated_batch_reply_is_not_cached_and_its_article_is_asked_live(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    handler = FailingFor(phrase(EN), truncated())
    server.handler = handler
    submit(capsys, tmp_path / "out", SEED, EN, ES)
    (batch_id,) = server.batch_ids()
    (cut,) = [
        x
        for x in server.batch_lines(batch_id)
        if x["custom_id"] == line_about(server, batch_id, EN)
    ]
    finish(capsys)
    handler.failing = False
    code, said, _ = run(capsys, "collect")
    assert code == 0 and said.count("wrote ") == 3
    (live,) = server.chat_requests()
    assert live.body["messages"] == cut["body"]["messages"]
    summaries = written(tmp_path / "out")
    assert set(summaries) == {SEED, EN, ES}
    assert all(s.verification is not None and s.verification.ok for s in summaries.values())


def test_a_store_written_by_the_first_schema_is_upgraded_and_still_collects(
    server: FakeOpenAI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    submit(capsys, tmp_path / "out", SEED, EN)
    finish(capsys)
    path = tmp_path / "state" / "batch.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("DROP INDEX articles_output")
        db.execute("PRAGMA user_version = 1")
    assert run(capsys, "collect")[0] == 0
    assert set(written(tmp_path / "out")) == {SEED, EN}
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (2,)
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_output'").fetchone()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("PRAGMA user_version = 3")
    code, _, err = run(capsys, "status")
    assert code == 2 and f"the batch store {path} was written by a newer summarizer" in err


@pytest.mark.parametrize(
    ("argv", "written", "message"),
    [
        ([], None, "batch submit needs inputs"),
        (["--inputs-from", "missing.txt"], None, "cannot read --inputs-from missing.txt"),
        (["--inputs-from", "list.txt"], b"caf\xe9.txt\n", "--inputs-from list.txt is not UTF-8"),
    ],
    ids=["no-inputs", "missing-list", "list-not-utf8"],
)
def test_bad_submit_inputs_are_one_line_errors(
    server: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    written: bytes | None,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    if written is not None:
        (tmp_path / "list.txt").write_bytes(written)
    code, _, err = submit(capsys, tmp_path / "out", *argv)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert server.batch_ids() == []
