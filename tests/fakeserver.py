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


Handler = Callable[[Mapping[str, Any]], Reply]


def llama_cpp(content: str = '{"ok": true}') -> Handler:
    """Behave like llama-cpp-python 0.3.36: 500 on json_schema, fine with json_object."""

    def handle(body: Mapping[str, Any]) -> Reply:
        kind = (body.get("response_format") or {}).get("type")
        return server_error(500) if kind == "json_schema" else Reply(content=content)

    return handle


class FakeOpenAI:
    """The server: queue replies with `script`, or set `handler`; `requests` records what came."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.handler: Handler | None = None
        self.requests: list[Received] = []
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
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
        """The chat completion requests received so far."""
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def next_reply(self, received: Received) -> Reply:
        """Record `received` and pick its reply."""
        with self._lock:
            self.requests.append(received)
            if self._queue:
                return self._queue.popleft()
        return self.handler(received.body) if self.handler else Reply()


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
        """GET /v1/models."""
        if not self.path.rstrip("/").endswith("/models"):
            self._send(404, {"error": {"message": "not found", "code": "not_found"}}, {})
            return
        self.server.fake.next_reply(self._received({}))
        models = [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "tests"}]
        self._send(200, {"object": "list", "data": models}, {})

    def do_POST(self) -> None:
        """POST /v1/chat/completions."""
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
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

    def _received(self, body: Mapping[str, Any]) -> Received:
        headers = {k.lower(): v for k, v in self.headers.items()}
        return Received(self.command, self.path, headers, body, time.monotonic())

    def _send(self, status: int, payload: Mapping[str, Any], headers: Mapping[str, str]) -> None:
        data = json.dumps(payload).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


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
