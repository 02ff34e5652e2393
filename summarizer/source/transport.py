"""The HTTP exchange under `fetch`: one request through httpcore2, within policy and deadline."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any

import httpcore2

from summarizer.errors import InputError
from summarizer.source.fetch import Fetched
from summarizer.source.limits import check_size, over_limit
from summarizer.source.policy import Policy


class Refused(Exception):
    """A guarded connection would reach an address the policy keeps out."""


def one(url: str, headers: Mapping[str, str], max_bytes: int, backend: Backend) -> Fetched:
    """One request, errors worded for a reader."""
    try:
        with httpcore2.ConnectionPool(network_backend=backend, max_keepalive_connections=0) as pool:
            return _exchange(pool, url, headers, max_bytes)
    except Refused as exc:
        raise InputError(str(exc)) from None
    except httpcore2.TimeoutException:
        deadline = backend.rules.deadline
        raise InputError(f"timed out: no complete answer within {deadline:g} s") from None
    except httpcore2.ConnectError as exc:
        raise InputError(_reason(exc)) from None
    except (httpcore2.NetworkError, httpcore2.ProtocolError) as exc:
        raise InputError(f"the connection broke off ({_reason(exc)})") from None
    except (httpcore2.UnsupportedProtocol, ValueError, UnicodeError) as exc:
        raise InputError(f"not a usable URL ({_reason(exc)})") from None


def _exchange(
    pool: httpcore2.ConnectionPool, url: str, headers: Mapping[str, str], max_bytes: int
) -> Fetched:
    with pool.stream("GET", url, headers=list(headers.items())) as resp:
        got = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in resp.headers}
        if resp.status != 200:
            return Fetched(b"", url, resp.status, got)
        length = got.get("content-length", "")
        if length.isdigit():
            check_size(int(length), max_bytes, url)
        body = bytearray()
        for chunk in resp.iter_stream():
            body += chunk
            if len(body) > max_bytes:
                raise over_limit(url, max_bytes)
        return Fetched(bytes(body), url, resp.status, got)


def _reason(exc: BaseException) -> str:
    """What went wrong, in one short line."""
    inner = exc.__context__ if isinstance(exc.__context__, OSError) else exc
    text = getattr(inner, "strerror", None) or str(inner) or type(inner).__name__
    return " ".join(str(text).split())[:200]


class Backend(httpcore2.NetworkBackend):
    """Connects only to addresses the policy allows, and bounds every step by the deadline."""

    def __init__(self, rules: Policy, guarded: bool, ends: float) -> None:
        self.rules, self.guarded, self.ends = rules, guarded, ends

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        """A stream to the first allowed address of `host`, checked again once connected."""
        failure: Exception = Refused(f"{host} has no address")
        for address in self._addresses(host, port):
            try:
                stream = httpcore2.SyncBackend().connect_tcp(
                    address, port, _left(self.ends), local_address, socket_options
                )
            except httpcore2.ConnectError as exc:
                failure = exc
                continue
            peer = str(stream.get_extra_info("server_addr")[0])
            if self.guarded and not self.rules.allows(host, peer):
                stream.close()
                raise _refused(host, peer)
            return _DeadlineStream(stream, self.ends)
        raise failure

    def _addresses(self, host: str, port: int) -> list[str]:
        """The addresses of `host` this connection may use (all of them when not guarded)."""
        infos = _resolve(host, port, _left(self.ends))
        found = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not self.guarded:
            return found
        allowed = [a for a in found if self.rules.allows(host, a)]
        if found and not allowed:
            raise _refused(host, found[0])
        return allowed


def _resolve(host: str, port: int, seconds: float) -> list[Any]:
    """getaddrinfo within `seconds`."""
    # a lookup cannot be interrupted, so it runs in a daemon thread that is abandoned (never waited
    # for, not even at exit) when the deadline passes
    box: list[Any] = []

    def lookup() -> None:
        try:
            box.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            box.append(exc)

    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(seconds)
    if not box:
        raise httpcore2.ConnectTimeout(f"looking up {host} took past the deadline")
    if isinstance(box[0], BaseException):
        raise httpcore2.ConnectError(f"cannot resolve {host}: {_reason(box[0])}")
    return list(box[0])


def _refused(host: str, address: str) -> Refused:
    where = f"{address} is" if host.strip("[]") == address else f"{host} is at {address},"
    return Refused(
        f"{where} an internal address (loopback, private, link-local, multicast "
        "or unspecified); links from feeds and redirects may only reach public addresses unless "
        "the digest's [fetch] allow list names the host or network"
    )


def _left(ends: float) -> float:
    """Seconds left before the deadline; a timeout once it has passed."""
    left = ends - time.monotonic()
    if left <= 0:
        raise httpcore2.ReadTimeout("deadline passed")
    return left


class _DeadlineStream(httpcore2.NetworkStream):
    """A stream whose every read, write and handshake ends by the fetch's deadline."""

    def __init__(self, inner: httpcore2.NetworkStream, ends: float) -> None:
        self.inner, self.ends = inner, ends

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read, waiting no later than the deadline."""
        return self.inner.read(max_bytes, _left(self.ends))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write, waiting no later than the deadline."""
        self.inner.write(buffer, _left(self.ends))

    def close(self) -> None:
        """Close the connection."""
        self.inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.NetworkStream:
        """The TLS stream, its handshake bounded by the deadline too."""
        inner = self.inner.start_tls(ssl_context, server_hostname, _left(self.ends))
        return _DeadlineStream(inner, self.ends)

    def get_extra_info(self, info: str) -> Any:
        """What the socket underneath says."""
        return self.inner.get_extra_info(info)
