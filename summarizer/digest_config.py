"""The digest's configuration: `digest.toml`, validated with every mistake reported by line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


@dataclass(frozen=True)
class Address:
    """A mailbox: address and optional display name (any script)."""

    address: str
    name: str | None = None


@dataclass(frozen=True)
class Recipient:
    """A reader: mailbox and the canonical language code their digest is written in."""

    mailbox: Address
    lang: str


@dataclass(frozen=True)
class SourceSpec:
    """Where articles come from: a folder of files, an RSS/Atom feed, or a file of URLs."""

    kind: Literal["folder", "feed", "urls"]
    location: str
    outlet: str | None = None


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server; credentials are named environment variables, never values."""

    host: str
    port: int
    security: Literal["starttls", "ssl", "none"] = "starttls"
    user_env: str | None = None
    password_env: str | None = None
    timeout: float = 30.0

    def credentials(self, env: Mapping[str, str]) -> tuple[str, str] | None:
        """(user, password) from the named variables; ConfigurationError when one is unset."""
        raise NotImplementedError


@dataclass(frozen=True)
class DigestConfig:
    """A validated digest.toml; relative paths are already resolved against its folder."""

    path: Path
    title: str
    sender: Address
    recipients: tuple[Recipient, ...]
    sources: tuple[SourceSpec, ...]
    smtp: SmtpSettings | None
    max_articles: int = 30
    max_email_bytes: int = 100_000
    length: str = "short"
    unsubscribe: str | None = None
    engine: Mapping[str, Any] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        """The recipients' languages, each once, in order of first appearance."""
        return tuple(dict.fromkeys(r.lang for r in self.recipients))


def load(path: str | Path) -> DigestConfig:
    """Read and validate `path`; a ConfigurationError lists every mistake as `file:line: ...`."""
    raise NotImplementedError
