"""Recorded model replies: written while a real model runs, served back over real HTTP offline."""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from summarizer.errors import InputError


@dataclass(frozen=True)
class Recorded:
    """One recorded reply and the usage the real model reported for it."""

    content: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


def request_key(messages: Sequence[Mapping[str, str]]) -> str:
    """The key of a chat request: sha256 of its messages in canonical JSON."""
    canonical = json.dumps([dict(m) for m in messages], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Recording:
    """A recorded-replies file: the run's model, input budget and error, and its replies."""

    model: str
    max_input_tokens: int | None
    error: str | None
    replies: Mapping[str, Recorded]


def load(path: Path) -> Recording:
    """The recording in `path` (a JSON object: model, budget, error, request key → reply)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        replies = {k: Recorded(**v) for k, v in data["replies"].items()}
        return Recording(data["model"], data.get("max_input_tokens"), data.get("error"), replies)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a recorded-replies file ({exc})") from None


def dump(
    replies: Mapping[str, Recorded],
    model: str,
    prompt_version: str,
    budget: int,
    error: str | None = None,
) -> str:
    """A recorded-replies file: the replies, the input budget that shaped them, the run's error."""
    data = {
        "error": error,
        "model": model,
        "prompt_version": prompt_version,
        "max_input_tokens": budget,
        "replies": {k: vars(replies[k]) for k in sorted(replies)},
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that lets a client hang up without a traceback on stderr."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore a client that went away (a cancelled or timed-out request); report the rest."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class ReplayServer:
    """An OpenAI-compatible server on 127.0.0.1 answering only requests it has a recording for."""

    def __init__(self, replies: Mapping[str, Recorded]) -> None:
        self.replies = dict(replies)
        self.missing: list[str] = []
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Base URL for the openai SDK."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, body: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        """Status and JSON payload for one chat-completion request."""
        key = request_key(body.get("messages", []))
        hit = self.replies.get(key)
        if hit is None:
            self.missing.append(key)
            error = {"message": f"no recorded reply for request {key[:12]}", "code": "not_recorded"}
            return 404, {"error": error}
        usage = {"prompt_tokens": hit.prompt_tokens, "completion_tokens": hit.completion_tokens}
        return 200, {
            "id": f"replay-{key[:12]}",
            "object": "chat.completion",
            "created": 0,
            "model": str(body.get("model", "")),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": hit.content},
                    "finish_reason": hit.finish_reason,
                }
            ],
            "usage": usage | {"total_tokens": hit.prompt_tokens + hit.completion_tokens},
        }


def _handler(owner: ReplayServer) -> type[BaseHTTPRequestHandler]:
    """The request handler class serving `owner`'s recorded replies."""

    class Handler(BaseHTTPRequestHandler):
        """Answers chat completions from the recording; records what it lacks."""

        def log_message(self, format: str, *args: Any) -> None:
            """Silence the default request log."""

        def do_GET(self) -> None:
            """List one model, as /models does."""
            self._send(200, {"object": "list", "data": [{"id": "replay", "object": "model"}]})

        def do_POST(self) -> None:
            """Answer a chat completion from the recorded replies (400 for a body not JSON)."""
            length = int(self.headers.get("content-length", 0))
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                self._send(400, {"error": {"message": "the request body is not JSON"}})
                return
            self._send(*owner.answer(body))

        def _send(self, status: int, payload: Mapping[str, Any]) -> None:
            """Send `payload` as a JSON response with `status`."""
            raw = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

    return Handler
