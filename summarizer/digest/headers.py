"""Digest email headers: mailboxes, a stable Message-ID, values that cannot inject headers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email.errors import HeaderParseError
from email.headerregistry import Address as Mailbox
from email.utils import format_datetime

from summarizer.digest.readers import Address
from summarizer.errors import ConfigurationError

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_ATOM = re.compile(r"[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+")
Header = tuple[str, "str | Mailbox"]


@dataclass(frozen=True)
class Envelope:
    """Who the message is from and to, and its identity."""

    sender: Address
    recipient: Address
    message_id: str
    unsubscribe: str | None = None


def message_id(edition: str, lang: str, recipient: str, sender: str) -> str:
    """A stable Message-ID for one edition, language and recipient, in the sender's domain."""
    domain = _atom(sender.rpartition("@")[2].lower())
    if "@" not in sender or not domain:
        raise ConfigurationError(
            f"sender address {sender!r} has no domain; write it as name@example.org",
            address=sender,
        )
    reader = hashlib.sha256(recipient.strip().lower().encode("utf-8")).hexdigest()[:16]
    return f"<digest.{_atom(edition)}.{_atom(lang)}.{reader}@{domain}>"


def fields(envelope: Envelope, subject: str, date: datetime) -> tuple[Header, ...]:
    """Every header of a digest message, each value on one line."""
    fields: list[Header] = [
        ("From", mailbox(envelope.sender)),
        ("To", mailbox(envelope.recipient)),
        ("Subject", subject),
        ("Date", format_datetime(date)),
        ("Message-ID", one_line(envelope.message_id)),
        ("Auto-Submitted", "auto-generated"),
    ]
    unsubscribe = one_line(envelope.unsubscribe or "")
    if unsubscribe:
        fields.append(("List-Unsubscribe", f"<{unsubscribe}>"))
        if unsubscribe.lower().startswith("https:"):
            fields.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return tuple(fields)


def mailbox(address: Address) -> Mailbox:
    """`address` as a header mailbox; ConfigurationError when it is not a valid address."""
    try:
        return Mailbox(display_name=one_line(address.name or ""), addr_spec=address.address)
    except (ValueError, IndexError, HeaderParseError):
        raise ConfigurationError(
            f"mail address {address.address!r} is not valid; write it as name@example.org",
            address=address.address,
        ) from None


def one_line(text: str) -> str:
    """`text` with control characters and line breaks collapsed to single spaces."""
    return " ".join(CONTROL.sub(" ", text).split())


def _atom(text: str) -> str:
    """`text` reduced to characters allowed in a Message-ID part."""
    return re.sub(r"\.{2,}", ".", _NOT_ATOM.sub("-", text.strip())).strip(".")
