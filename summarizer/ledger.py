"""The digest ledger: articles seen, which edition took them, and messages sent, in SQLite."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.article import Article


def state_dir(env: Mapping[str, str] | None = None) -> Path:
    """$SUMMARIZER_STATE_DIR, else $XDG_STATE_HOME/summarizer, else ~/.local/state/summarizer."""
    raise NotImplementedError


@dataclass(frozen=True)
class FeedState:
    """A feed's conditional-GET validators, saved with the articles its fetch produced."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Claim:
    """An article an edition takes: cleaned (article set) or failed to fetch (error set)."""

    canonical: str
    link: str
    title: str
    outlet: str
    article: Article | None = None
    error: str | None = None


@dataclass(frozen=True)
class Stored:
    """A claimed article as read back from the ledger; `article` is rebuilt from stored text."""

    id: int
    edition: int
    canonical: str
    link: str
    title: str
    outlet: str
    article: Article | None
    error: str | None


@dataclass(frozen=True)
class Outgoing:
    """One composed message for one recipient, stored before it is sent."""

    edition: int
    recipient: str
    lang: str
    message_id: str
    raw: bytes
    sent_at: float | None = None


class Ledger:
    """The SQLite ledger; every method is one transaction, safe to kill at any point."""

    def __init__(self, path: Path) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Close the database."""
        raise NotImplementedError

    def validators(self, feed_url: str) -> FeedState:
        """The saved ETag/Last-Modified of `feed_url` (both None when never fetched)."""
        raise NotImplementedError

    def known(self, canonical: str) -> bool:
        """True when an article with this canonical URL is already in the ledger."""
        raise NotImplementedError

    def open_edition(self) -> int:
        """The edition still being assembled (claimed but not composed), created if none."""
        raise NotImplementedError

    def claim(self, edition: int, claims: Sequence[Claim], feeds: Sequence[FeedState]) -> int:
        """Add new articles to `edition` and save feed validators, atomically; returns how many
        were new (duplicates by canonical URL or by content hash are skipped)."""
        raise NotImplementedError

    def claimed(self, edition: int) -> list[Stored]:
        """The articles `edition` took, in the order they were claimed."""
        raise NotImplementedError

    def compose(self, edition: int, messages: Sequence[Outgoing]) -> None:
        """Store `messages` as pending and close `edition` to new articles, atomically."""
        raise NotImplementedError

    def pending(self) -> list[Outgoing]:
        """Composed messages not yet accepted by the mail server, oldest first."""
        raise NotImplementedError

    def mark_sent(self, message_id: str) -> None:
        """Record that the mail server accepted the message `message_id`."""
        raise NotImplementedError

    def sent(self) -> list[Outgoing]:
        """Every message the mail server accepted, oldest first."""
        raise NotImplementedError


def open_ledger(directory: Path | None = None) -> Ledger:
    """The ledger in `directory` (default: state_dir()), created on first use."""
    raise NotImplementedError


class RunLock:
    """An exclusive, non-blocking lock on the state folder; held for a whole digest run."""

    def __init__(self, directory: Path) -> None:
        raise NotImplementedError

    def __enter__(self) -> RunLock:
        raise NotImplementedError

    def __exit__(self, *exc: object) -> None:
        raise NotImplementedError

