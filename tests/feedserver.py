"""A small web server for feed tests: fixed pages with ETag/Last-Modified, and a request log."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEEDS = Path(__file__).parent / "data" / "feeds"


@dataclass(frozen=True)
class Page:
    """What the server answers at one path; 304 when the client's validators match."""

    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    location: str | None = None
    announce_length: bool = True
    ready: threading.Event | None = None
    """When set, the page is answered only once this event is set (503 after 30 s without)."""


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str] = field(default_factory=dict)


class FeedServer:
    """Serves `Page`s on 127.0.0.1 from a thread; use as a context manager."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.seen: list[Seen] = []
        self._http = _Server(("127.0.0.1", 0), _Handler)
        self._http.owner = self
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def serve_file(
        self, path: str, name: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> str:
        """Serve tests/data/feeds/`name` at `path` as a feed; returns its URL."""
        body = (FEEDS / name).read_bytes()
        self.pages[path] = Page(body, etag=etag, last_modified=last_modified)
        return self.url(path)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FeedServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.seen.append(Seen(self.path, dict(self.headers.items())))
        page = owner.pages.get(self.path, Page(b"no such page", "text/plain", status=404))
        time.sleep(page.delay)
        if page.ready is not None and not page.ready.wait(30):
            page = Page(b"not ready", "text/plain", status=503)
        if self._unchanged(page):
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        if page.announce_length:
            self.send_header("Content-Length", str(len(page.body)))
        if page.etag:
            self.send_header("ETag", page.etag)
        if page.last_modified:
            self.send_header("Last-Modified", page.last_modified)
        if page.location:
            self.send_header("Location", page.location)
        self.end_headers()
        self.wfile.write(page.body)

    def _unchanged(self, page: Page) -> bool:
        etag = self.headers.get("If-None-Match")
        return page.etag is not None and etag == page.etag

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""
