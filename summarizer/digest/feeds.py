"""The digest's intake: items from folders, RSS/Atom feeds (conditional GET) and URL lists."""

from __future__ import annotations

import calendar
import html
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_plus, urljoin, urlsplit, urlunsplit

from summarizer.digest.config import SourceSpec
from summarizer.digest.ledger import FeedState
from summarizer.errors import InputError
from summarizer.source.fetch import Fetched, fetch
from summarizer.source.policy import Policy

MAX_FEED_BYTES = 10_000_000
"""Largest feed document accepted, in bytes."""

_TAG = re.compile(r"<[^>]*>")
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_TRACKING = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class Item:
    """One article a source lists: where to read it, how to dedupe it, what to call it."""

    link: str
    canonical: str
    title: str | None
    outlet: str
    published: float | None = None
    from_feed: bool = False
    """A link a feed gave: fetched only when it reaches a public address (or an allowed one)."""
    shown: str | None = None
    """What readers see as the link when it differs from `link` (never a server path)."""

    @property
    def public(self) -> str:
        """The link as readers may see it."""
        return self.shown or self.link


@dataclass(frozen=True)
class SourceFailure:
    """A source that could not be read (the digest still goes out without it)."""

    location: str
    reason: str


@dataclass(frozen=True)
class Found:
    """What the sources listed, the feeds' new validators, and the sources that failed."""

    items: tuple[Item, ...]
    feeds: tuple[FeedState, ...]
    failures: tuple[SourceFailure, ...]


def canonical_url(url: str) -> str:
    """`url` normalized for deduplication: lower-case host, no fragment, no tracking parameters."""
    try:
        parts = urlsplit(url.strip())
        netloc = _netloc(parts.scheme.lower(), parts.netloc, parts.hostname, parts.port)
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    path = parts.path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    if not path and scheme in _DEFAULT_PORTS:
        path = "/"
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))


def _netloc(scheme: str, netloc: str, host: str | None, port: int | None) -> str:
    """The authority with a lower-case host and without the scheme's default port."""
    if host is None:
        return netloc.lower()
    userinfo = netloc.rpartition("@")[0] + "@" if "@" in netloc else ""
    shown = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        shown += f":{port}"
    return userinfo + shown


def _clean_query(query: str) -> str:
    """The query without tracking parameters, sorted by name (repeated names keep their order)."""
    kept = [pair for pair in query.split("&") if pair and not _is_tracking(pair)]
    return "&".join(sorted(kept, key=lambda pair: unquote_plus(pair.partition("=")[0])))


def _is_tracking(pair: str) -> bool:
    name = unquote_plus(pair.partition("=")[0]).lower()
    return name.startswith("utm_") or name in _TRACKING


def discover(
    sources: Sequence[SourceSpec],
    validators: Callable[[str], FeedState],
    *,
    since: float | None = None,
    policy: Policy | None = None,
) -> Found:
    """Every item the sources list (newer than `since`, epoch seconds, when given)."""
    items: dict[str, Item] = {}
    feeds: list[FeedState] = []
    failures: list[SourceFailure] = []
    for spec in sources:
        try:
            if spec.kind == "folder":
                listed: Iterable[Item] = _folder(spec)
            elif spec.kind == "feed":
                listed, state = _feed(spec, validators(spec.location), policy or Policy())
                feeds.append(state)
            else:
                listed = _url_list(spec, failures)
        except InputError as exc:
            failures.append(SourceFailure(spec.location, exc.message))
            continue
        for item in listed:
            if since is None or item.published is None or item.published >= since:
                items.setdefault(item.canonical, item)
    return Found(tuple(items.values()), tuple(feeds), tuple(failures))


def _folder(spec: SourceSpec) -> list[Item]:
    """The article files directly in a folder, sorted by name."""
    folder = Path(spec.location).resolve()
    try:
        entries = sorted(folder.iterdir(), key=lambda path: path.name)
    except FileNotFoundError:
        raise InputError("no such folder; create it or fix the `folder` path") from None
    except NotADirectoryError:
        raise InputError("not a folder; point `folder` at a folder of articles") from None
    except OSError as exc:
        raise InputError(f"cannot read the folder: {exc.strerror or exc}") from None
    outlet = spec.outlet or folder.name
    found = []
    for path in entries:
        if path.name.startswith(".") or path.suffix.lower() not in _ARTICLE_SUFFIXES:
            continue
        try:
            if not path.is_file():
                continue
            mtime = path.stat().st_mtime
        except OSError:
            continue
        shown = spec.base_url + quote(path.name) if spec.base_url else path.name
        found.append(Item(str(path), path.as_uri(), None, outlet, mtime, shown=shown))
    return found


def _url_list(spec: SourceSpec, failures: list[SourceFailure]) -> list[Item]:
    """The URLs of a text file, one a line; each bad line is reported and skipped."""
    try:
        text = Path(spec.location).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such file; create it or fix the `urls` path") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text; save the URL list as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read the URL list: {exc.strerror or exc}") from None
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        host = _http_host(line)
        if host is None:
            reason = f"line {number}: {line[:200]!r} is not an http(s) URL; write one URL a line"
            failures.append(SourceFailure(spec.location, reason))
            continue
        found.append(Item(line, canonical_url(line), None, spec.outlet or _bare_host(host)))
    return found


def _http_host(url: str) -> str | None:
    """The host of an http(s) URL without whitespace, else None."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in _DEFAULT_PORTS or not host or any(c.isspace() for c in url):
        return None
    return host


def _bare_host(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _feed(spec: SourceSpec, old: FeedState, policy: Policy) -> tuple[list[Item], FeedState]:
    """The entries of a feed and its new validators; no entries when it has not changed."""
    url = spec.location
    if _http_host(url) is None:
        raise InputError("a feed must be an http:// or https:// URL")
    fetched = _fetch(url, old, policy)
    if fetched.status == 304:
        return [], old
    import feedparser  # 30-50 ms to import: only a run with a feed source loads it

    parsed = feedparser.parse(
        io.BytesIO(fetched.body),
        response_headers={
            "content-location": fetched.url,
            "content-type": fetched.content_type or "application/xml",
        },
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        kind = fetched.content_type.partition(";")[0].strip() or "unknown content"
        raise InputError(f"the URL does not serve an RSS or Atom feed (it sent {kind})")
    outlet = spec.outlet or _title(parsed.feed) or _bare_host(_http_host(url) or "")
    items = [item for entry in parsed.entries if (item := _entry(entry, fetched.url, outlet))]
    got = fetched.headers
    return items, FeedState(url, got.get("etag"), got.get("last-modified"))


def _entry(entry: Any, base: str, outlet: str) -> Item | None:
    """An Item for a feed entry, or None when it links to no http(s) page."""
    href = entry.get("link")
    if not isinstance(href, str) or not href.strip():
        return None
    link = urljoin(base, href.strip())
    if _http_host(link) is None:
        return None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = float(calendar.timegm(stamp)) if stamp else None
    return Item(link, canonical_url(link), _title(entry), outlet, published, from_feed=True)


def _title(holder: Any) -> str | None:
    """The plain text of a feed's or entry's title (HTML titles lose their tags), on one line."""
    text = holder.get("title")
    detail = holder.get("title_detail") or {}
    if isinstance(text, str) and "html" in str(detail.get("type", "")):
        text = html.unescape(_TAG.sub("", text))
    return _one_line(text)


def _one_line(text: object) -> str | None:
    """`text` with every run of whitespace (newlines included) collapsed to one space."""
    if not isinstance(text, str):
        return None
    return " ".join(text.split()) or None


def _fetch(url: str, old: FeedState, policy: Policy) -> Fetched:
    """GET `url` conditionally on `old`'s validators, within MAX_FEED_BYTES."""
    headers = {"Accept": _ACCEPT}
    if old.etag:
        headers["If-None-Match"] = old.etag
    if old.last_modified:
        headers["If-Modified-Since"] = old.last_modified
    try:
        return fetch(url, max_bytes=MAX_FEED_BYTES, policy=policy, headers=headers)
    except InputError as exc:
        if exc.message.startswith(url):
            raise InputError(_too_large()) from None
        raise InputError(f"could not fetch feed: {exc.message}") from None


def _too_large() -> str:
    return f"the feed is larger than {MAX_FEED_BYTES // 1_000_000} MB; use a smaller feed"
