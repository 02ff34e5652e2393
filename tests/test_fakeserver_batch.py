"""The fake server's Files and Batch APIs, driven through the real `openai` SDK."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from openai import OpenAI
from openai.types import Batch
from openai.types.chat import ChatCompletion

from tests.fakeserver import FakeOpenAI, Reply, server_error

TERMINAL = {"completed", "failed", "expired", "cancelled"}


@pytest.fixture
def client(fake_openai: FakeOpenAI) -> Iterator[OpenAI]:
    """The real SDK client, pointed at the fake server, without retries."""
    with OpenAI(base_url=fake_openai.url, api_key="k", max_retries=0) as sdk:
        yield sdk


def line(custom_id: str, text: str = "hello") -> dict[str, Any]:
    """One Batch API request line."""
    body = {"model": "fake-model", "messages": [{"role": "user", "content": text}]}
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


def upload(client: OpenAI, path: Path, lines: list[dict[str, Any]]) -> str:
    """Write `lines` as JSONL to `path`, upload it streamed from the file, return the file id."""
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as handle:
        return client.files.create(file=handle, purpose="batch").id


def submit(client: OpenAI, tmp_path: Path, lines: list[dict[str, Any]]) -> Batch:
    """Upload `lines` and create a batch over them."""
    file_id = upload(client, tmp_path / "requests.jsonl", lines)
    return client.batches.create(
        input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
    )


def poll(client: OpenAI, batch_id: str) -> tuple[list[str], Batch]:
    """Retrieve until terminal: (statuses seen, final batch)."""
    seen: list[str] = []
    while not seen or seen[-1] not in TERMINAL:
        assert len(seen) < 20, seen
        batch = client.batches.retrieve(batch_id)
        seen.append(batch.status)
    return seen, batch


def raw(client: OpenAI, file_id: str | None) -> bytes:
    """The bytes of a file, downloaded streamed."""
    assert file_id is not None
    with client.with_streaming_response.files.content(file_id) as response:
        return b"".join(response.iter_bytes())


def records(client: OpenAI, file_id: str | None) -> list[dict[str, Any]]:
    """The lines of an output or error file (split on newlines only, as JSONL means)."""
    return [json.loads(text) for text in raw(client, file_id).split(b"\n") if text]


def content(record: dict[str, Any]) -> str | None:
    """The assistant text of an output line, parsed the way the SDK parses live replies."""
    completion = ChatCompletion.model_validate(record["response"]["body"])
    return completion.choices[0].message.content


def test_round_trip_scripted_replies_land_in_the_output_file(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    lines = [line("a", "first"), line("b", "second")]
    fake_openai.script(Reply(content="A"), Reply(content="B"))
    file_id = upload(client, tmp_path / "requests.jsonl", lines)
    created = client.batches.create(
        input_file_id=file_id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "7"},
    )
    assert created.status == "validating" and created.metadata == {"job": "7"}
    assert created.expires_at == created.created_at + 86400
    assert created.request_counts is not None and created.request_counts.total == 2
    seen, done = poll(client, created.id)
    assert seen == ["in_progress", "finalizing", "completed"]
    assert done.in_progress_at and done.finalizing_at and done.completed_at
    out = records(client, done.output_file_id)
    assert [(r["custom_id"], content(r), r["error"]) for r in out] == [
        ("a", "A", None),
        ("b", "B", None),
    ]
    assert all(r["response"]["status_code"] == 200 for r in out)
    assert done.error_file_id is None
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (2, 0)
    assert client.files.retrieve(str(done.output_file_id)).purpose == "batch_output"
    assert fake_openai.chat_requests() == []
    assert [r.body for r in fake_openai.batch_requests()] == [x["body"] for x in lines]
    assert fake_openai.batch_lines(created.id) == lines
    assert fake_openai.uploaded() == [file_id] and fake_openai.batch_ids() == [created.id]


def test_handler_answers_batch_lines_and_live_calls_stay_separate(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.handler = lambda body: Reply(content=body["messages"][0]["content"].upper())
    live = client.chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "live"}]
    )
    batch = submit(client, tmp_path, [line("x", "ünï\u2028code"), line("y", "新闻")])
    _, done = poll(client, batch.id)
    assert live.choices[0].message.content == "LIVE"
    assert [content(r) for r in records(client, done.output_file_id)] == ["ÜNÏ\u2028CODE", "新闻"]
    assert "ÜNÏ\u2028CODE".encode() in raw(client, done.output_file_id)
    assert [user(r.body) for r in fake_openai.chat_requests()] == ["live"]


def user(body: Any) -> str:
    """The first message's text of a request body."""
    return str(body["messages"][0]["content"])


def test_batch_steps_repeats_in_progress_and_terminal_state_stays(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.batch_steps = 3
    batch = submit(client, tmp_path, [line("a")])
    seen, _ = poll(client, batch.id)
    assert seen == ["in_progress"] * 3 + ["finalizing", "completed"]
    assert client.batches.retrieve(batch.id).status == "completed"
    assert len(fake_openai.batch_requests()) == 1


def test_a_500_line_lands_in_the_error_file(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.script(Reply(content="A"), server_error(500), Reply(content="C"))
    batch = submit(client, tmp_path, [line("a"), line("b"), line("c")])
    _, done = poll(client, batch.id)
    assert [(r["custom_id"], content(r)) for r in records(client, done.output_file_id)] == [
        ("a", "A"),
        ("c", "C"),
    ]
    [failed] = records(client, done.error_file_id)
    assert failed["custom_id"] == "b" and failed["error"] is None
    assert failed["response"]["status_code"] == 500
    assert failed["response"]["body"]["error"]["type"] == "server_error"
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (2, 1)


def test_expired_batch_answers_the_first_half_only(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.batch_outcome = "expired"
    batch = submit(client, tmp_path, [line("a"), line("b"), line("c")])
    seen, done = poll(client, batch.id)
    assert seen[-1] == "expired" and done.expired_at
    assert [r["custom_id"] for r in records(client, done.output_file_id)] == ["a", "b"]
    [late] = records(client, done.error_file_id)
    assert late["custom_id"] == "c" and late["response"] is None
    assert late["error"]["code"] == "batch_expired"
    assert len(fake_openai.batch_requests()) == 2


def test_failed_batch_reports_errors_and_has_no_files(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.batch_outcome = "failed"
    batch = submit(client, tmp_path, [line("a")])
    seen, done = poll(client, batch.id)
    assert seen == ["failed"] and done.failed_at
    assert done.errors is not None and done.errors.data is not None
    assert [(e.code, e.line) for e in done.errors.data] == [("invalid_request", 1)]
    assert done.output_file_id is None and done.error_file_id is None
    assert fake_openai.batch_requests() == []


def test_duplicate_custom_id_fails_the_batch_naming_the_line(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    batch = submit(client, tmp_path, [line("a"), line("b"), line("a")])
    assert batch.status == "validating"
    _, done = poll(client, batch.id)
    assert done.status == "failed" and done.errors is not None and done.errors.data
    error = done.errors.data[0]
    assert (error.code, error.line) == ("duplicate_custom_id", 3) and "'a'" in str(error.message)


def test_no_output_says_completed_without_an_output_file(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.batch_outcome = "no_output"
    batch = submit(client, tmp_path, [line("a"), line("b")])
    _, done = poll(client, batch.id)
    assert done.status == "completed" and done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.total) == (2, 2)
    assert done.output_file_id is None and done.error_file_id is None


def test_cancel_while_validating_leaves_every_line_unanswered(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    batch = submit(client, tmp_path, [line("a"), line("b")])
    cancelling = client.batches.cancel(batch.id)
    assert cancelling.status == "cancelling" and cancelling.cancelling_at
    done = client.batches.retrieve(batch.id)
    assert done.status == "cancelled" and done.cancelled_at and done.output_file_id is None
    errors = records(client, done.error_file_id)
    assert [(r["custom_id"], r["error"]["code"]) for r in errors] == [
        ("a", "batch_cancelled"),
        ("b", "batch_cancelled"),
    ]
    assert fake_openai.batch_requests() == []
    with pytest.raises(openai.ConflictError, match="cancelled"):
        client.batches.cancel(batch.id)


def test_cancel_in_progress_keeps_the_answered_half(client: OpenAI, tmp_path: Path) -> None:
    batch = submit(client, tmp_path, [line("a"), line("b"), line("c")])
    assert client.batches.retrieve(batch.id).status == "in_progress"
    client.batches.cancel(batch.id)
    done = client.batches.retrieve(batch.id)
    assert done.status == "cancelled"
    assert [r["custom_id"] for r in records(client, done.output_file_id)] == ["a", "b"]
    assert [r["custom_id"] for r in records(client, done.error_file_id)] == ["c"]


def test_list_pages_newest_first(client: OpenAI, tmp_path: Path) -> None:
    ids = [submit(client, tmp_path, [line(str(n))]).id for n in range(3)]
    page = client.batches.list(limit=2)
    assert [b.id for b in page.data] == ids[:0:-1] and page.has_more
    assert [b.id for b in client.batches.list(limit=2)] == ids[::-1]


def test_unknown_ids_are_404_with_openai_errors(client: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError, match="file-nope"):
        client.files.retrieve("file-nope")
    with pytest.raises(openai.NotFoundError, match="file-nope"):
        client.files.content("file-nope")
    with pytest.raises(openai.NotFoundError, match="batch_nope"):
        client.batches.retrieve("batch_nope")
    with pytest.raises(openai.NotFoundError, match="file-nope"):
        client.batches.create(
            input_file_id="file-nope", endpoint="/v1/chat/completions", completion_window="24h"
        )


def test_bad_uploads_and_batch_parameters_are_refused(client: OpenAI, tmp_path: Path) -> None:
    bad = line("a") | {"method": "GET"}
    with pytest.raises(openai.BadRequestError, match="line 2"):
        upload(client, tmp_path / "bad.jsonl", [line("a"), bad])
    with pytest.raises(openai.BadRequestError, match=r"\.jsonl"):
        upload(client, tmp_path / "requests.txt", [line("a")])
    file_id = upload(client, tmp_path / "ok.jsonl", [line("a")])
    with pytest.raises(openai.BadRequestError, match="metadata"):
        client.batches.create(
            input_file_id=file_id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"k": "v" * 513},
        )


def test_files_keep_their_exact_bytes_and_can_be_deleted(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    path = tmp_path / "requests.jsonl"
    file_id = upload(client, path, [line("a", "新闻 \u2028 «quote»\r\n--boundary")])
    info = client.files.retrieve(file_id)
    assert (info.filename, info.purpose, info.bytes) == (
        "requests.jsonl",
        "batch",
        path.stat().st_size,
    )
    assert client.files.content(file_id).content == path.read_bytes()
    assert client.files.delete(file_id).deleted
    with pytest.raises(openai.NotFoundError):
        client.files.retrieve(file_id)
    assert fake_openai.uploaded() == [file_id]


def test_chunked_upload_is_read_whole(fake_openai: FakeOpenAI, client: OpenAI) -> None:
    data = (json.dumps(line("a")) + "\n").encode()
    body = (
        b'--XyZ\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="c.jsonl"\r\n'
        b"Content-Type: application/jsonl\r\n\r\n" + data + b"\r\n--XyZ--\r\n"
    )
    host, port = fake_openai.url.split("//")[1].split("/")[0].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    headers = {"content-type": "multipart/form-data; boundary=XyZ"}
    connection.request("POST", "/v1/files", body=iter([body[:50], body[50:]]), headers=headers)
    answer = json.loads(connection.getresponse().read())
    connection.close()
    assert client.files.content(answer["id"]).content == data


def test_a_crashing_handler_is_a_500_and_the_batch_can_still_finish(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.handler = lambda body: Reply(content=str(body["no such key"]))
    batch = submit(client, tmp_path, [line("a")])
    client.batches.retrieve(batch.id)
    client.batches.retrieve(batch.id)
    with pytest.raises(openai.InternalServerError, match="KeyError"):
        client.batches.retrieve(batch.id)
    fake_openai.handler = None
    assert client.batches.retrieve(batch.id).status == "completed"


def test_concurrent_polls_run_the_lines_once(
    client: OpenAI, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    release = threading.Event()
    fake_openai.handler = lambda body: Reply() if release.wait(5) else server_error()
    batch = submit(client, tmp_path, [line("a")])
    assert [client.batches.retrieve(batch.id).status for _ in range(2)] == [
        "in_progress",
        "finalizing",
    ]
    finishing = threading.Thread(target=client.batches.retrieve, args=(batch.id,))
    finishing.start()
    while not fake_openai.batch_requests():
        assert finishing.is_alive()
    assert client.batches.retrieve(batch.id).status == "finalizing"
    release.set()
    finishing.join(5)
    assert client.batches.retrieve(batch.id).status == "completed"
    assert len(fake_openai.batch_requests()) == 1
