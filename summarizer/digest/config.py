"""The digest's configuration: `digest.toml`, validated with every mistake reported by line."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from summarizer import config as user_config
from summarizer.digest.readers import (
    Address,
    Recipient,
    mailbox,
    recipients,
    unsubscribe,
)
from summarizer.digest.toml_lines import Checker, Key, label, read, where
from summarizer.engines import registry
from summarizer.engines.base import LENGTHS
from summarizer.errors import ConfigurationError
from summarizer.source.policy import Network, Policy

Security = Literal["starttls", "ssl", "none"]
"""How the SMTP connection is secured."""


@dataclass(frozen=True)
class SourceSpec:
    """Where articles come from: a folder of files, an RSS/Atom feed, or a file of URLs."""

    kind: Literal["folder", "feed", "urls"]
    location: str
    outlet: str | None = None
    base_url: str | None = None
    """For a folder: readers see this URL plus the file name as the link (else the name)."""


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server; credentials are named environment variables, never values."""

    host: str
    port: int
    security: Security = "starttls"
    user_env: str | None = None
    password_env: str | None = None
    timeout: float = 30.0

    def credentials(self, env: Mapping[str, str]) -> tuple[str, str] | None:
        """(user, password) from the named variables; ConfigurationError when one is unset."""
        if self.user_env is None and self.password_env is None:
            return None
        return _variable(env, "user", self.user_env), _variable(env, "password", self.password_env)


def _variable(env: Mapping[str, str], what: str, name: str | None) -> str:
    """The value of the environment variable `name` holding the SMTP `what`."""
    if name is None:
        raise ConfigurationError(f"no SMTP {what} variable is named; add {what}_env to [smtp]")
    value = env.get(name)
    if not value:
        raise ConfigurationError(
            f"SMTP {what} variable {name} is not set; export it before sending", variable=name
        )
    return value


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
    fetch: Policy = field(default_factory=Policy)

    @property
    def languages(self) -> tuple[str, ...]:
        """The recipients' languages, each once, in order of first appearance."""
        return tuple(dict.fromkeys(r.lang for r in self.recipients))


def load(path: str | Path) -> DigestConfig:
    """Read and validate `path`; a ConfigurationError lists every mistake as `file:line: ...`."""
    given = Path(path)
    text, data = read(given, "digest file")
    check = Checker(text)
    base = given.resolve().parent
    check.table(data, (), _TOP)
    sender = check.table(data.get("sender"), ("sender",), ("address", "name"), _NO_SENDER)
    limits = check.table(data.get("limits"), ("limits",), ("articles", "email_bytes")) or {}
    built = DigestConfig(
        path=given.resolve(),
        title=check.text(data, ("title",), required=True) or "",
        sender=mailbox(check, sender, ("sender",)) if sender is not None else Address(""),
        recipients=recipients(check, data),
        sources=_sources(check, data, base),
        smtp=_smtp(check, data),
        max_articles=check.integer(limits, ("limits", "articles"), DigestConfig.max_articles),
        max_email_bytes=check.integer(
            limits, ("limits", "email_bytes"), DigestConfig.max_email_bytes
        ),
        length=check.choice(data, ("length",), LENGTHS, DigestConfig.length),
        unsubscribe=unsubscribe(check, data),
        engine=_engine(check, data),
        fetch=_fetch(check, data),
    )
    check.raise_found(given)
    return built


_NO_SENDER = 'no [sender] table; add [sender] with address = "you@example.org"'
_TOP = (
    "title",
    "unsubscribe",
    "length",
    "sender",
    "recipients",
    "sources",
    "limits",
    "smtp",
    "engine",
    "fetch",
)
_SMTP = ("host", "port", "security", "user_env", "password_env", "timeout")
_SECRETS = {
    "user": "put the user name in an environment variable and name it with user_env",
    "password": "put the password in an environment variable and name it with password_env",
}
_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
_KINDS: tuple[Literal["folder", "feed", "urls"], ...] = ("folder", "feed", "urls")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _sources(check: Checker, data: Mapping[str, Any], base: Path) -> tuple[SourceSpec, ...]:
    """Every source: exactly one of folder, feed or urls, and an optional outlet name."""
    found = []
    example = 'folder = "articles", feed = "https://..." or urls = "urls.txt"'
    for key, table in check.tables(data, "sources", (*_KINDS, "outlet", "base_url"), example):
        outlet = check.text(table, (*key, "outlet"))
        base_url = _base_url(check, table, key)
        kinds = [kind for kind in _KINDS if kind in table]
        if len(kinds) != 1:
            given = " and ".join(kinds) if kinds else "none"
            check.fail(key, f"{label(key)} needs exactly one of folder, feed, urls; has {given}")
            continue
        location = check.text(table, (*key, kinds[0]), required=True)
        if location is not None:
            place = _place(check, kinds[0], location, (*key, kinds[0]), base)
            found.append(SourceSpec(kinds[0], place, outlet, base_url))
    return tuple(found)


def _base_url(check: Checker, table: Mapping[str, Any], key: Key) -> str | None:
    """A folder's base_url: an http(s) URL ending in "/", under which its files are published."""
    value = check.text(table, (*key, "base_url"))
    if value is None:
        return None
    parts = urlsplit(value)
    if "folder" not in table:
        check.fail((*key, "base_url"), f"{where((*key, 'base_url'))} is only for a folder source")
    elif parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        check.fail((*key, "base_url"), f"{where((*key, 'base_url'))} is not an http(s) URL")
    return value if value.endswith("/") else value + "/"


def _place(check: Checker, kind: str, location: str, key: Key, base: Path) -> str:
    """A feed URL as given, or a folder / URL-list path made absolute and checked to exist."""
    if kind == "feed":
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            check.fail(key, f"{where(key)} is not an http(s) URL: {location!r}")
        return location
    path = base / Path(location).expanduser()
    try:
        path = path.resolve()
        ok = path.is_dir() if kind == "folder" else path.is_file()
    except (OSError, ValueError):
        ok = False
    if not ok:
        what = "folder" if kind == "folder" else "file"
        check.fail(key, f"{where(key)}: no such {what} {path}; fix the path")
    return str(path)


def _smtp(check: Checker, data: Mapping[str, Any]) -> SmtpSettings | None:
    """The mail server settings, or None when the file has no [smtp]."""
    key: Key = ("smtp",)
    table = check.table(data.get("smtp"), key, _SMTP, refused=_SECRETS)
    if table is None:
        return None
    host = check.text(table, (*key, "host"), required=True) or ""
    if any(ch.isspace() or ch == "/" for ch in host):
        check.fail((*key, "host"), f"'host' in [smtp] must be a bare host name, not {host!r}")
    security = check.choice(table, (*key, "security"), _PORTS, SmtpSettings.security)
    names = {name: check.text(table, (*key, name)) for name in ("user_env", "password_env")}
    for name, value in names.items():
        if value is not None and not _ENV_NAME.fullmatch(value):
            check.fail((*key, name), f"{where((*key, name))} must name an environment variable")
    if ("user_env" in table) != ("password_env" in table):
        given = "user_env" if "user_env" in table else "password_env"
        check.fail((*key, given), "[smtp] needs user_env and password_env together (or neither)")
    return SmtpSettings(
        host=host,
        port=check.integer(table, (*key, "port"), _PORTS[security], high=65535),
        security=cast(Security, security),
        user_env=names["user_env"],
        password_env=names["password_env"],
        timeout=check.seconds(table, (*key, "timeout"), SmtpSettings.timeout),
    )


def _engine(check: Checker, data: Mapping[str, Any]) -> Mapping[str, Any]:
    """The [engine] settings, each checked as the user config file checks it."""
    key: Key = ("engine",)
    refused = {"api_key": "put the API key in the OPENAI_API_KEY environment variable"}
    table = check.table(data.get("engine"), key, sorted(user_config.KEYS), refused=refused) or {}
    values = {}
    for name, value in table.items():
        if name in user_config.KEYS:
            try:
                values[name] = user_config.coerce(name, value, where((*key, name)))
                if name == "engine":
                    registry.check(values[name], where((*key, name)))
            except ConfigurationError as exc:
                check.fail((*key, name), exc.message)
    return MappingProxyType(values)


def _fetch(check: Checker, data: Mapping[str, Any]) -> Policy:
    """[fetch]: the deadline of one fetch, and the internal hosts and networks feeds may link to."""
    key: Key = ("fetch",)
    table = check.table(data.get("fetch"), key, ("deadline", "allow")) or {}
    hosts: set[str] = set()
    networks: list[Network] = []
    allow = table.get("allow", [])
    if not isinstance(allow, list) or not all(isinstance(x, str) for x in allow):
        check.fail((*key, "allow"), f"{where((*key, 'allow'))} must be a list of hosts or networks")
        allow = []
    for entry in allow:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            if not entry.strip() or any(c.isspace() or c in "/:@" for c in entry.strip()):
                check.fail(
                    (*key, "allow"),
                    f"{where((*key, 'allow'))}: {entry!r} is neither a host name nor a network "
                    "such as 10.0.0.0/8",
                )
            hosts.add(entry.strip().lower().rstrip("."))
    deadline = check.seconds(table, (*key, "deadline"), Policy.deadline)
    return Policy(False, frozenset(hosts), tuple(networks), deadline)
