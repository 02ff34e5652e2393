"""Delivery over SMTP: STARTTLS or SSL, transient failures retried, a refusal is an error."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.digest_config import SmtpSettings


def send(
    raw: bytes,
    sender: str,
    recipients: Sequence[str],
    smtp: SmtpSettings,
    credentials: tuple[str, str] | None,
) -> None:
    """Hand `raw` to the mail server; returns only once the server accepted it for everyone."""
    raise NotImplementedError
