"""Who a digest goes to and from: safe mailboxes, readers' languages, List-Unsubscribe."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from summarizer import lang as languages
from summarizer.digest.toml_lines import Checker, Key, label, where
from summarizer.errors import InputError

_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;.]+(?:\.[^@\s<>,;.]+)+")


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


def mailbox(check: Checker, table: Mapping[str, Any], key: Key) -> Address:
    """An address (checked to look like one) and an optional display name."""
    address = check.text(table, (*key, "address"), required=True) or ""
    if address and not (_EMAIL.fullmatch(address) and _header_safe(address)):
        check.fail(
            (*key, "address"),
            f"{where((*key, 'address'))} is not an email address: {address!r}; "
            "write it like name@example.org",
        )
    return Address(address, check.text(table, (*key, "name")))


def _header_safe(address: str) -> bool:
    """Whether the email package accepts `address` as it is, as a To/From mailbox."""
    from email.errors import HeaderParseError
    from email.headerregistry import Address as Mailbox

    try:
        return str(Mailbox(addr_spec=address).addr_spec) == address
    except (ValueError, IndexError, HeaderParseError):
        return False


def unsubscribe(check: Checker, data: Mapping[str, Any]) -> str | None:
    """The List-Unsubscribe target: a mailto: or https: URL."""
    value = check.text(data, ("unsubscribe",))
    if value is not None:
        scheme, _, rest = value.partition(":")
        if (
            scheme not in ("mailto", "https")
            or not rest.strip("/")
            or any(c.isspace() for c in value)
        ):
            check.fail(
                ("unsubscribe",), f"'unsubscribe' must be a mailto: or https: URL, not {value!r}"
            )
    return value


def recipients(check: Checker, data: Mapping[str, Any]) -> tuple[Recipient, ...]:
    """Every reader, with a canonical language; an address listed twice is a mistake."""
    readers = []
    first: dict[str, Key] = {}
    for key, table in check.tables(data, "recipients", ("address", "name", "lang"), "address"):
        box = mailbox(check, table, key)
        code = check.text(table, (*key, "lang"), required=True)
        readers.append(Recipient(box, language(check, code, (*key, "lang"))))
        folded = box.address.lower()
        if folded in first:
            check.fail(
                (*key, "address"),
                f"{box.address} is listed twice ({label(first[folded])} and {label(key)}); "
                "remove one",
            )
        elif folded:
            first[folded] = key
    return tuple(readers)


def language(check: Checker, code: str | None, key: Key) -> str:
    """The canonical form of the reader language `code`."""
    if code is None:
        return ""
    try:
        return languages.normalize(code)
    except InputError as exc:
        check.fail(key, f"{where(key)}: {exc.message}")
        return ""
