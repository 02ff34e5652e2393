"""A scriptable OpenAI-compatible HTTP server for tests: replies, latency and faults on demand."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from tests.fakebatch import Batches


@dataclass(frozen=True)
class Reply:
    """What the server answers to one request."""

    content: str = '{"ok": true}'
    status: int = 200
    finish_reason: str = "stop"
    headers: Mapping[str, str] = field(default_factory=dict)
    error: Mapping[str, Any] | None = None
    delay: float = 0.0
    drop: bool = False


def rate_limited(retry_after: float | None = None, header: str = "retry-after") -> Reply:
    """429 with an optional Retry-After (seconds) or retry-after-ms header."""
    scale = 1000 if header == "retry-after-ms" else 1
    headers = {} if retry_after is None else {header: f"{retry_after * scale:g}"}
    error = {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}
    return Reply(status=429, headers=headers, error=error)


def insufficient_quota() -> Reply:
    """429 that no amount of waiting fixes."""
    error = {"message": "You exceeded your current quota", "type": "insufficient_quota"}
    return Reply(status=429, error=error | {"code": "insufficient_quota"})


def server_error(status: int = 500) -> Reply:
    """A 5xx."""
    return Reply(status=status, error={"message": "internal error", "type": "server_error"})


def unauthorized(key_shown: str = "") -> Reply:
    """401, echoing part of the key the way api.openai.com does."""
    message = f"Incorrect API key provided: {key_shown}."
    return Reply(status=401, error={"message": message, "code": "invalid_api_key"})


def timeout(seconds: float) -> Reply:
    """A reply that arrives only after `seconds` (past the client's timeout)."""
    return Reply(delay=seconds)


def truncated(content: str = '{"headline": "cut') -> Reply:
    """A reply cut off by the token limit."""
    return Reply(content=content, finish_reason="length")


def dropped() -> Reply:
    """Close the connection without answering."""
    return Reply(drop=True)


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: Mapping[str, Any]
    at: float
    batch_id: str | None = None


Handler = Callable[[Mapping[str, Any]], Reply]


def llama_cpp(content: str = '{"ok": true}') -> Handler:
    """Behave like llama-cpp-python 0.3.36: 500 on json_schema, fine with json_object."""

    def handle(body: Mapping[str, Any]) -> Reply:
        kind = (body.get("response_format") or {}).get("type")
        return server_error(500) if kind == "json_schema" else Reply(content=content)

    return handle


class FakeOpenAI:
    """The server: queue replies with `script`, or set `handler`; `requests` records what came.

    It also speaks the Files and Batch APIs: each retrieve of a batch advances it one step
    (validating, in_progress `batch_steps` times, finalizing, then `batch_outcome`: "completed",
    "expired", "failed" or "no_output"), and its lines are answered by `script` / `handler`.
    `stall_after_create` seconds pass between creating a batch and answering (to kill a client
    in that gap); the next `drop_after_create` creates hang up instead of answering.
    """

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.tokens_per_char: float | None = None
        self.handler: Handler | None = None
        self.requests: list[Received] = []
        self.batch_steps = 1
        self.batch_outcome = "completed"
        self.stall_after_create = 0.0
        self.drop_after_create = 0
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self.batches = Batches(self, self._lock)
        self._http = _Server(("127.0.0.1", 0), _RequestHandler)
        self._http.fake = self
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give the client (ends in /v1)."""
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAI:
        """Serve in a daemon thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port."""
        self._http.shutdown()
        self._http.server_close()

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with `replies`, in order, before falling back to `handler`."""
        with self._lock:
            self._queue.extend(replies)

    def chat_requests(self) -> list[Received]:
        """The live chat completion requests received so far (never batch lines)."""
        with self._lock:
            return [
                r
                for r in self.requests
                if r.path.endswith("/chat/completions") and r.batch_id is None
            ]

    def batch_requests(self) -> list[Received]:
        """The batch lines answered so far, in the order they were answered."""
        with self._lock:
            return [r for r in self.requests if r.batch_id is not None]

    def batch_ids(self) -> list[str]:
        """Ids of the batches created so far, in order."""
        return self.batches.batch_ids()

    def batch_lines(self, batch_id: str) -> list[dict[str, Any]]:
        """The parsed input lines (custom_id, method, url, body) of a batch."""
        return self.batches.batch_lines(batch_id)

    def uploaded(self) -> list[str]:
        """Ids of the files ever uploaded with purpose batch (deleted ones too), in order."""
        return self.batches.uploaded()

    def record(self, received: Received) -> None:
        """Record a request that needs no scripted reply."""
        with self._lock:
            self.requests.append(received)

    def next_reply(self, received: Received) -> Reply:
        """Record `received` and pick its reply."""
        with self._lock:
            self.requests.append(received)
            if self._queue:
                return self._queue.popleft()
        return self.handler(received.body) if self.handler else Reply()

    def batch_reply(self, body: Mapping[str, Any], batch_id: str) -> tuple[int, str, Any]:
        """Answer one batch line as a live call: (status code, request id, response body)."""
        received = Received("POST", "/v1/chat/completions", {}, body, time.monotonic(), batch_id)
        reply = self.next_reply(received)
        number = len(self.requests)
        if reply.drop:
            reply = server_error(500)
        if reply.status != 200:
            return reply.status, f"req_{number}", {"error": dict(reply.error or {})}
        return 200, f"req_{number}", _completion(body, reply, number)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    fake: FakeOpenAI


class _RequestHandler(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        """GET /v1/models, /v1/files/..., /v1/batches/..."""
        if _is_batch_api(self.path):
            self._batch_api()
            return
        if not self.path.rstrip("/").endswith("/models"):
            self._send(404, {"error": {"message": "not found", "code": "not_found"}}, {})
            return
        self.server.fake.next_reply(self._received({}))
        models = [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "tests"}]
        self._send(200, {"object": "list", "data": models}, {})

    def do_DELETE(self) -> None:
        """DELETE /v1/files/{id}."""
        self._batch_api()

    def do_POST(self) -> None:
        """POST /v1/chat/completions, /v1/files, /v1/batches/..."""
        if _is_batch_api(self.path):
            self._batch_api()
            return
        body = json.loads(self._body() or b"{}")
        if self.path == "/extras/tokenize/count":
            self._count_tokens(body)
            return
        fake = self.server.fake
        received = self._received(body)
        reply = fake.next_reply(received)
        time.sleep(fake.latency + reply.delay)
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        number = len(fake.requests)
        headers = {"x-request-id": f"req_{number}", **reply.headers}
        if reply.status != 200:
            self._send(reply.status, {"error": dict(reply.error or {})}, headers)
            return
        self._send(200, _completion(body, reply, number), headers)

    def _count_tokens(self, body: Mapping[str, Any]) -> None:
        """llama.cpp's token count, as `tokens_per_char` per character (404 when unset)."""
        ratio = self.server.fake.tokens_per_char
        if ratio is None:
            self._send(404, {"detail": "Not Found"}, {})
            return
        self._send(200, {"count": round(len(str(body.get("input", ""))) * ratio)}, {})

    def _batch_api(self) -> None:
        """Delegate a Files / Batch API request to tests/fakebatch.py."""
        data = self._body()
        ctype = self.headers.get("content-type") or ""
        body = json.loads(data) if data and ctype.startswith("application/json") else {}
        fake = self.server.fake
        fake.record(self._received(body))
        answer = fake.batches.handle(self.command, self.path, ctype, data)
        if answer.status == 0:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send_bytes(answer.status, answer.data, answer.content_type, {})

    def _body(self) -> bytes:
        """The request body, whether sized by content-length or sent chunked."""
        if "chunked" not in (self.headers.get("transfer-encoding") or "").lower():
            return self.rfile.read(int(self.headers.get("content-length") or 0))
        chunks = []
        while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
            chunks.append(self.rfile.read(size))
            self.rfile.readline()
        while self.rfile.readline().strip():
            pass
        return b"".join(chunks)

    def _received(self, body: Mapping[str, Any]) -> Received:
        headers = {k.lower(): v for k, v in self.headers.items()}
        return Received(self.command, self.path, headers, body, time.monotonic())

    def _send(self, status: int, payload: Mapping[str, Any], headers: Mapping[str, str]) -> None:
        self._send_bytes(status, json.dumps(payload).encode("utf-8"), "application/json", headers)

    def _send_bytes(
        self, status: int, data: bytes, content_type: str, headers: Mapping[str, str]
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def _is_batch_api(target: str) -> bool:
    """Whether a request goes to the Files or Batch API."""
    return urlsplit(target).path.startswith(("/v1/files", "/v1/batches"))


def _completion(body: Mapping[str, Any], reply: Reply, number: int) -> dict[str, Any]:
    """The OpenAI wire format of a chat completion; tokens counted as characters // 4."""
    prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4
    completion = len(reply.content) // 4
    return {
        "id": f"chatcmpl-{number}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake-model"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.content},
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }
