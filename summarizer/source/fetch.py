"""The one HTTP fetcher: http(s) only, few redirects, one deadline, a size limit, a policy."""
# at most 5 redirects; the address policy is checked on the address actually connected to

from __future__ import annotations

import http
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from summarizer import _data
from summarizer.errors import InputError
from summarizer.source.policy import SCHEMES, Policy

MAX_HOPS = 5
USER_AGENT = f"summarizer/{_data.version()} (+https://pypi.org/project/summarizer/)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Fetched:
    """A final answer: its body (empty for 304), the URL it came from, status and headers."""

    body: bytes
    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        """The Content-Type header as sent ("" when there is none)."""
        return self.headers.get("content-type", "")

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type names, if any."""
        return _media(self.content_type).get_content_charset()

    @property
    def media_type(self) -> str:
        """The bare media type, e.g. text/html."""
        return _media(self.content_type).get_content_type()


def fetch(
    url: str,
    *,
    max_bytes: int,
    policy: Policy | None = None,
    headers: Mapping[str, str] | None = None,
) -> Fetched:
    """GET `url`, following at most MAX_HOPS http(s) redirects, within `policy.deadline`."""
    from summarizer.source.transport import Backend, one  # httpcore2 loads only to fetch

    rules = policy or Policy()
    ends = time.monotonic() + rules.deadline
    sent = {"User-Agent": USER_AGENT, **(headers or {})}
    current, first = url, _origin(url)
    for hop in range(MAX_HOPS + 1):
        guarded = rules.guard_first or (hop > 0 and _origin(current) != first)
        fetched = one(current, sent, max_bytes, Backend(rules, guarded, ends))
        location = fetched.headers.get("location")
        if fetched.status not in _REDIRECTS or not location:
            return _final(fetched)
        current = _next(current, location)
    raise InputError(f"more than {MAX_HOPS} redirects")


def _final(fetched: Fetched) -> Fetched:
    """`fetched` when it is a 200 or 304, else the InputError its status means."""
    if fetched.status in (200, 304):
        return fetched
    try:
        phrase = http.HTTPStatus(fetched.status).phrase
    except ValueError:
        phrase = "unknown status"
    raise InputError(f"HTTP {fetched.status} {phrase}")


def _next(current: str, location: str) -> str:
    """The absolute redirect target, refused unless it is http(s)."""
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in SCHEMES:
        raise InputError(f"redirected to a {scheme or 'relative'}: URL; only http(s) is followed")
    return target


def _origin(url: str) -> tuple[str, int | None]:
    """(host, port) of `url`, for telling a redirect that stays on the typed site."""
    try:
        parts = urlsplit(url)
        return (parts.hostname or "", parts.port)
    except ValueError:
        return ("", None)


def _media(content_type: str) -> Message:
    message = Message()
    message["content-type"] = content_type
    return message
