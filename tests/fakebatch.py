"""The OpenAI Files and Batch APIs of tests/fakeserver.py: batches advance one step per poll."""

from __future__ import annotations

import io
import json
import math
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

ENDPOINT = "/v1/chat/completions"
PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data")
OUTCOMES = ("completed", "expired", "failed", "no_output")
TERMINAL = ("completed", "failed", "expired", "cancelled")
EXPIRED = "This request could not be executed before the completion window expired."
CANCELLED = "This request was not executed because the batch was cancelled."
UNFINISHED = {"expired": ("batch_expired", EXPIRED), "cancelled": ("batch_cancelled", CANCELLED)}


class Host(Protocol):
    """What the batch part needs from the fake server."""

    batch_steps: int
    batch_outcome: str
    stall_after_create: float
    drop_after_create: int

    def batch_reply(self, body: Mapping[str, Any], batch_id: str) -> tuple[int, str, Any]:
        """Answer one batch line like a live call: (status code, request id, response body)."""


@dataclass(frozen=True)
class Response:
    """One HTTP answer of the Files / Batch API."""

    status: int
    data: bytes
    content_type: str = "application/json"


class HangUp(Exception):
    """Close the connection without answering (the request's work is already done)."""


class Refused(Exception):
    """A request the real API would refuse: becomes an OpenAI error JSON."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class _File:
    meta: dict[str, Any]
    data: bytes
    lines: list[dict[str, Any]]


@dataclass
class _Batch:
    info: dict[str, Any]
    lines: list[dict[str, Any]]
    invalid: dict[str, Any] | None
    polls_in_progress: int = 0
    cancelled_from: str = ""
    claimed: bool = False


class Batches:
    """Files and batches, kept in memory behind the fake server's lock."""

    def __init__(self, host: Host, lock: threading.Lock) -> None:
        self._host = host
        self._lock = lock
        self._files: dict[str, _File] = {}
        self._batches: dict[str, _Batch] = {}
        self._uploads: list[str] = []
        self._counter = 0

    def handle(self, method: str, target: str, content_type: str, body: bytes) -> Response:
        """Answer one request under /v1/files or /v1/batches."""
        url = urlsplit(target)
        parts = url.path.rstrip("/").split("/")[2:]
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        try:
            answer = self._route(method, parts, query, content_type, body)
        except HangUp:
            return Response(0, b"")
        except Refused as refused:
            error = {"message": refused.message, "type": "invalid_request_error", "code": None}
            return Response(refused.status, json.dumps({"error": error}).encode())
        except Exception as crash:  # a handler or test bug: show it instead of dropping the line
            error = {"message": f"fake server crashed: {crash!r}", "type": "server_error"}
            return Response(500, json.dumps({"error": error}).encode())
        if isinstance(answer, bytes):
            return Response(200, answer, "application/octet-stream")
        return Response(200, json.dumps(answer).encode())

    def _route(
        self, method: str, parts: list[str], query: dict[str, str], ctype: str, body: bytes
    ) -> dict[str, Any] | bytes:
        route = (method, parts[0], len(parts), parts[-1])
        if route[:3] == ("POST", "files", 1):
            return self._upload(_multipart(ctype, body))
        if route[:3] == ("GET", "files", 2):
            with self._lock:
                return dict(self._file(parts[1]).meta)
        if route == ("GET", "files", 3, "content"):
            with self._lock:
                return self._file(parts[1]).data
        if route[:3] == ("DELETE", "files", 2):
            with self._lock:
                self._file(parts[1])
                del self._files[parts[1]]
            return {"id": parts[1], "object": "file", "deleted": True}
        if route[:3] == ("POST", "batches", 1):
            return self._create(_json_object(body))
        if route[:3] == ("GET", "batches", 1):
            return self._list(int(query.get("limit", "20")), query.get("after"))
        if route[:3] == ("GET", "batches", 2):
            return self._retrieve(parts[1])
        if route == ("POST", "batches", 3, "cancel"):
            return self._cancel(parts[1])
        raise Refused(404, f"Unknown request URL: {method} /v1/{'/'.join(parts)}.")

    def _next_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter:06d}"

    def _file(self, file_id: str) -> _File:
        found = self._files.get(file_id)
        if found is None:
            raise Refused(404, f"No such File object: {file_id}")
        return found

    def _store(self, name: str, purpose: str, data: bytes, lines: list[dict[str, Any]]) -> _File:
        file_id = self._next_id("file-")
        meta = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time())}
        meta |= {"filename": name, "purpose": purpose, "status": "processed"}
        self._files[file_id] = _File(meta, data, lines)
        return self._files[file_id]

    def _upload(self, fields: dict[str, tuple[str | None, bytes]]) -> dict[str, Any]:
        purpose = fields.get("purpose", (None, b""))[1].decode()
        name, data = fields.get("file", (None, b""))
        if purpose not in PURPOSES or name is None:
            raise Refused(400, f"Need a `file` and a `purpose` in {PURPOSES}, got {purpose!r}.")
        lines = _batch_lines(name, data) if purpose == "batch" else []
        with self._lock:
            meta = self._store(name, purpose, data, lines).meta
            if purpose == "batch":
                self._uploads.append(meta["id"])
            return dict(meta)

    def _create(self, params: dict[str, Any]) -> dict[str, Any]:
        _check_batch_params(params)
        with self._lock:
            source = self._file(str(params["input_file_id"]))
            if source.meta["purpose"] != "batch":
                raise Refused(400, f"File {source.meta['id']} was not uploaded for purpose batch.")
            batch_id, now = self._next_id("batch_"), int(time.time())
            info: dict[str, Any] = {"id": batch_id, "object": "batch", "endpoint": ENDPOINT}
            info |= {"input_file_id": source.meta["id"], "completion_window": "24h"}
            info |= {"status": "validating", "created_at": now, "expires_at": now + 86400}
            info |= dict.fromkeys(("output_file_id", "error_file_id", "errors"))
            info |= {"model": source.lines[0]["body"].get("model")}
            info |= {"metadata": params.get("metadata")}
            info["request_counts"] = {"total": len(source.lines), "completed": 0, "failed": 0}
            self._batches[batch_id] = _Batch(info, source.lines, _duplicate(source.lines))
            answer = dict(info)
            hang_up = self._host.drop_after_create > 0
            self._host.drop_after_create -= hang_up
        time.sleep(self._host.stall_after_create)  # a client killed now never records the batch
        if hang_up:
            raise HangUp
        return answer

    def _batch(self, batch_id: str) -> _Batch:
        found = self._batches.get(batch_id)
        if found is None:
            raise Refused(404, f"No batch found with id '{batch_id}'.")
        return found

    def _list(self, limit: int, after: str | None) -> dict[str, Any]:
        with self._lock:
            ids = list(reversed(self._batches))
            start = ids.index(after) + 1 if after in ids else 0
            page = [dict(self._batches[i].info) for i in ids[start : start + limit]]
            more = start + limit < len(ids)
        ends = [b["id"] for b in page] or [None]
        listing = {"object": "list", "data": page, "has_more": more}
        return listing | {"first_id": ends[0], "last_id": ends[-1]}

    def _cancel(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            batch = self._batch(batch_id)
            status = batch.info["status"]
            if status in TERMINAL:
                raise Refused(409, f"Cannot cancel a batch with status '{status}'.")
            if status != "cancelling":
                batch.cancelled_from = status
                _move(batch.info, "cancelling")
            return dict(batch.info)

    def _retrieve(self, batch_id: str) -> dict[str, Any]:
        """The batch, advanced one step; reaching a terminal state runs its lines."""
        with self._lock:
            batch = self._batch(batch_id)
            final = self._advance(batch)
            if final is None:
                return dict(batch.info)
            batch.claimed = True
        try:
            output, errors, counts = self._run(batch, final)
        except Exception:
            with self._lock:
                batch.claimed = False
            raise
        with self._lock:
            batch.claimed = False
            for kind, data in (("output", output), ("error", errors)):
                name = f"{batch_id}_{kind}.jsonl"
                stored = self._store(name, "batch_output", data, []) if data else None
                batch.info[f"{kind}_file_id"] = stored.meta["id"] if stored else None
            batch.info["request_counts"] = counts
            _move(batch.info, "completed" if final == "no_output" else final)
            return dict(batch.info)

    def _advance(self, batch: _Batch) -> str | None:
        """Move one step; the terminal state whose lines must now run, if any."""
        info, outcome = batch.info, self._host.batch_outcome
        if outcome not in OUTCOMES:
            raise Refused(500, f"fake.batch_outcome must be one of {OUTCOMES}, not {outcome!r}.")
        status = info["status"]
        if batch.claimed or status in TERMINAL:
            return None
        if status == "cancelling":
            return "cancelled"
        if status == "validating":
            failure = batch.invalid or _forced_failure(outcome)
            if failure is not None:
                info["errors"] = {"object": "list", "data": [failure]}
            _move(info, "failed" if failure else "in_progress")
        elif status == "in_progress" and batch.polls_in_progress < self._host.batch_steps:
            pass
        elif status == "in_progress":
            _move(info, "finalizing")
        else:
            return outcome if outcome in ("expired", "no_output") else "completed"
        batch.polls_in_progress += info["status"] == "in_progress"
        return None

    def _run(self, batch: _Batch, final: str) -> tuple[bytes, bytes, dict[str, int]]:
        """Answer the lines that get answered; write the output and error files line by line."""
        total = len(batch.lines)
        if final == "no_output":
            return b"", b"", {"total": total, "completed": total, "failed": 0}
        answered = total
        if final == "expired" or (final == "cancelled" and batch.cancelled_from != "validating"):
            answered = math.ceil(total / 2)
        elif final == "cancelled":
            answered = 0
        output, errors, done = io.BytesIO(), io.BytesIO(), 0
        for number, line in enumerate(batch.lines, 1):
            record: dict[str, Any] = {"id": f"batch_req_{batch.info['id']}_{number}"}
            record |= {"custom_id": line["custom_id"], "response": None, "error": None}
            status = 0
            if number <= answered:
                status, request_id, body = self._host.batch_reply(line["body"], batch.info["id"])
                record["response"] = {"status_code": status, "request_id": request_id, "body": body}
            else:
                code, message = UNFINISHED[final]
                record["error"] = {"code": code, "message": message}
            done += status == 200
            target = output if status == 200 else errors
            target.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        counts = {"total": total, "completed": done, "failed": answered - done}
        return output.getvalue(), errors.getvalue(), counts

    def batch_ids(self) -> list[str]:
        """Ids of the batches created so far, in order."""
        with self._lock:
            return list(self._batches)

    def batch_lines(self, batch_id: str) -> list[dict[str, Any]]:
        """The parsed input lines of a batch."""
        with self._lock:
            return [json.loads(json.dumps(line)) for line in self._batch(batch_id).lines]

    def uploaded(self) -> list[str]:
        """Ids of the files ever uploaded with purpose batch (deleted ones too), in order."""
        with self._lock:
            return list(self._uploads)


def _move(info: dict[str, Any], status: str) -> None:
    info["status"] = status
    info[f"{status}_at"] = int(time.time())


def _forced_failure(outcome: str) -> dict[str, Any] | None:
    if outcome != "failed":
        return None
    message = "Invalid request at line 1 (the fake server has batch_outcome = 'failed')."
    return {"code": "invalid_request", "message": message, "line": 1}


def _duplicate(lines: list[dict[str, Any]]) -> dict[str, Any] | None:
    """OpenAI's validation error for the first repeated custom_id, if any."""
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if line["custom_id"] in seen:
            message = f"The custom_id '{line['custom_id']}' in line {number} is not unique."
            return {"code": "duplicate_custom_id", "message": message, "line": number}
        seen.add(line["custom_id"])
    return None


def _check_batch_params(params: dict[str, Any]) -> None:
    if params.get("endpoint") != ENDPOINT:
        raise Refused(400, f"This fake only batches {ENDPOINT}, not {params.get('endpoint')!r}.")
    if params.get("completion_window") != "24h":
        raise Refused(400, "completion_window must be '24h'.")
    metadata = params.get("metadata") or {}
    pairs = metadata.items() if isinstance(metadata, dict) else [("", None)]
    bad = [k for k, v in pairs if not (0 < len(k) <= 64 and isinstance(v, str) and len(v) <= 512)]
    if bad or len(metadata) > 16:
        raise Refused(400, f"metadata: at most 16 str pairs, key <= 64, value <= 512; bad: {bad}")


def _batch_lines(name: str, data: bytes) -> list[dict[str, Any]]:
    """Parse and check a batch input file the way OpenAI does."""
    if not name.endswith(".jsonl"):
        raise Refused(400, f"Invalid file format for Batch API. Must be .jsonl, got {name!r}.")
    lines = []
    for number, raw in enumerate(data.removesuffix(b"\n").split(b"\n") if data else [], 1):
        try:
            line = json.loads(raw.removesuffix(b"\r").decode("utf-8"))
        except ValueError:
            raise Refused(400, f"{name} line {number}: not valid UTF-8 JSON.") from None
        ok = isinstance(line, dict) and isinstance(line.get("custom_id"), str)
        ok = ok and line.get("method") == "POST" and line.get("url") == ENDPOINT
        if not (ok and isinstance(line.get("body"), dict)):
            need = f"custom_id, method POST, url {ENDPOINT}, body"
            raise Refused(400, f"{name} line {number}: need {need}.")
        lines.append(line)
    if not lines:
        raise Refused(400, f"{name} is empty.")
    return lines


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        params = json.loads(body or b"{}")
    except ValueError:
        raise Refused(400, "The body is not valid JSON.") from None
    if not isinstance(params, dict):
        raise Refused(400, "The body must be a JSON object.")
    return params


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart/form-data body: name -> (filename or None, bytes)."""
    found = re.search(r'boundary="?([^";]+)"?', content_type)
    if not content_type.startswith("multipart/form-data") or found is None:
        raise Refused(400, f"Expected multipart/form-data, got {content_type!r}.")
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in body.split(b"--" + found.group(1).encode())[1:-1]:
        head, _, data = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.decode("utf-8", "replace")
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if name:
            fields[name.group(1)] = (filename and filename.group(1), data.removesuffix(b"\r\n"))
    return fields
