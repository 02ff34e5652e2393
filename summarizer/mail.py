"""The digest email: multipart/alternative text and HTML, CSS inlined, under a size limit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from summarizer.digest_config import Address
from summarizer.summary import Summary


@dataclass(frozen=True)
class Entry:
    """One article in a digest: summarized (summary set) or failed (error set)."""

    title: str
    outlet: str
    link: str
    summary: Summary | None = None
    error: str | None = None


@dataclass(frozen=True)
class Letter:
    """What one language's digest says; `extra` are listed as links only (past the limit)."""

    title: str
    lang: str
    date: datetime
    entries: tuple[Entry, ...]
    extra: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Envelope:
    """Who the message is from and to, and its identity."""

    sender: Address
    recipient: Address
    message_id: str
    unsubscribe: str | None = None


def message_id(edition: str, lang: str, recipient: str, sender: str) -> str:
    """A stable Message-ID for one edition, language and recipient, in the sender's domain."""
    raise NotImplementedError


def compose(letter: Letter, envelope: Envelope, *, max_bytes: int = 100_000) -> bytes:
    """The complete RFC 5322 message; articles past `max_bytes` are listed as links instead."""
    raise NotImplementedError


def html_part(letter: Letter) -> str:
    """The HTML body alone, CSS inlined (for previews and screenshots)."""
    raise NotImplementedError
