"""How many articles of a digest fit in full: estimated from one render, checked by rendering."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email import quoprimime

SLACK = 512
"""Bytes an estimate may be off by (the "more articles" heading when no link is left)."""
_ARTICLE = re.compile(r'<div class="article"')
_LINK_ROW = re.compile(r"<li[ >]")
_TEXT_ROW = re.compile(r"^- ", re.MULTILINE)
_BOUNDARY = re.compile(rb"^--=_digest_[0-9a-f]+", re.MULTILINE)
_CTE = re.compile(rb"^Content-Transfer-Encoding: *(\S+)", re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class Shares:
    """Estimated message bytes: the fixed part, each article in full, each article as a link."""

    fixed: float
    full: tuple[float, ...]
    link: tuple[float, ...]

    def size(self, shown: int) -> float:
        """The estimated message size with the first `shown` articles in full."""
        return self.fixed + sum(self.full[:shown]) + sum(self.link[shown:])

    def largest(self, limit: int) -> int:
        """The most articles in full whose estimated message fits in `limit` bytes."""
        sizes = itertools.accumulate(
            (f - link for f, link in zip(self.full, self.link, strict=True)),
            initial=self.fixed + sum(self.link),
        )
        return max(0, sum(1 for size in sizes if size <= limit) - 1)

    def surely_over(self, shown: int, limit: int) -> bool:
        """Whether the estimate puts `shown` articles in full clearly past `limit`."""
        return self.size(shown) > limit + SLACK


def shares(raw: bytes, text: str, html: str, count: int, heading: str) -> Shares | None:
    """The shares of `count` articles measured in a message showing each in full and as a link."""
    # None if its layout is not the expected one: then the caller searches by rendering
    if count == 0:
        return None
    parts = _BOUNDARY.split(raw)
    encodings = [_CTE.search(part) for part in parts[1:3]]
    found = _text_spans(text, count, heading), _html_spans(html, count)
    if len(parts) != 4 or None in encodings or None in found:
        return None
    text_cte, html_cte = (str(m[1], "ascii").lower() for m in encodings if m is not None)
    (text_full, text_link), (html_full, html_link) = found  # type: ignore[misc]
    full = tuple(
        _encoded(t, text_cte) + _encoded(h, html_cte)
        for t, h in zip(text_full, html_full, strict=True)
    )
    link = tuple(
        _encoded(t, text_cte) + _encoded(h, html_cte)
        for t, h in zip(text_link, html_link, strict=True)
    )
    return Shares(len(raw) - sum(full) - sum(link), full, link)


def settle(
    measured: Shares | None, top: int, build: Callable[[int], bytes], max_bytes: int
) -> bytes | None:
    """build(n) for the largest n in 0..top that fits, from the estimate and few renders."""
    # the estimate's pick is checked by a render (two renders in all), then moved one article at a
    # time while the estimate is too close to call
    if measured is None:
        return largest(top, build, max_bytes)
    shown = min(measured.largest(max_bytes), top)
    raw = build(shown)
    while len(raw) > max_bytes and shown > 0:
        shown -= 1
        raw = build(shown)
    if len(raw) > max_bytes:
        return None
    while shown < top and not measured.surely_over(shown + 1, max_bytes):
        bigger = build(shown + 1)
        if len(bigger) > max_bytes:
            break
        shown, raw = shown + 1, bigger
    return raw


def largest(top: int, build: Callable[[int], bytes], max_bytes: int) -> bytes | None:
    """build(n) for the largest n in 0..top that fits while n + 1 does not; None if 0 is too big."""
    best: bytes | None = None
    low, high = 0, top
    while low <= high:
        middle = (low + high) // 2
        raw = build(middle)
        if len(raw) <= max_bytes:
            best, low = raw, middle + 1
        else:
            high = middle - 1
    return best


def _encoded(piece: str, encoding: str) -> float:
    """Bytes `piece` takes in a part with this Content-Transfer-Encoding (CRLF line ends)."""
    data = piece.encode()
    if encoding == "base64":
        return len(data) * 4 / 3 * 78 / 76
    if encoding == "quoted-printable":
        data = quoprimime.body_encode(data.decode("latin-1"), 78).encode("ascii")
    return len(data) + data.count(b"\n")


Spans = tuple[list[str], list[str]]
"""Each article in full, and each article's link row, as the body shows them."""


def _html_spans(html: str, count: int) -> Spans | None:
    """Each article block and each link row of the HTML body."""
    starts = [m.start() for m in _ARTICLE.finditer(html)]
    links_at = html.find('<ul class="links"')
    if len(starts) != count or links_at < 0:
        return None
    rows = [m.start() for m in _LINK_ROW.finditer(html, links_at)][:count]
    ends = [*starts[1:], html.find('<div class="more"', starts[-1]) if starts else 0]
    if len(rows) != count or ends[-1] < 0:
        return None
    row_ends = [*rows[1:], html.find("</li>", rows[-1]) + len("</li>\n")] if rows else []
    return _slices(html, starts, ends), _slices(html, rows, row_ends)


def _text_spans(text: str, count: int, heading: str) -> Spans | None:
    """Each article and each link row of the text body."""
    starts, at = [], 0
    for number in range(1, count + 1):
        at = text.find(f"\n\n{number}. ", at)
        if at < 0:
            return None
        starts.append(at)
    more = text.find(f"\n\n{heading}\n", starts[-1] if starts else 0)
    rows = [m.start() for m in _TEXT_ROW.finditer(text, max(more, 0))][: count + 1]
    if more < 0 or len(rows) < count:
        return None
    ends = [*starts[1:], more]
    row_ends = rows[1 : count + 1] if len(rows) > count else [*rows[1:], _row_end(text, rows)]
    return _slices(text, starts, ends), _slices(text, rows[:count], row_ends)


def _row_end(text: str, rows: Sequence[int]) -> int:
    """Where the last link row ends: at the blank line after it."""
    end = text.find("\n\n", rows[-1]) if rows else 0
    return end if end >= 0 else len(text)


def _slices(body: str, starts: Sequence[int], ends: Sequence[int]) -> list[str]:
    """body[start:end] for each pair."""
    return [body[a:b] for a, b in zip(starts, ends, strict=True)]
