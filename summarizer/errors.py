"""One error tree: every failure the tool reports is a SummarizerError carrying its evidence."""

from __future__ import annotations

import re

_KEY_SHAPED = re.compile(r"\b(?:sk|rk|pk)-[A-Za-z0-9_*-]{6,}|\bBearer\s+\S+", re.IGNORECASE)
"""Anything shaped like an API key or a bearer token, whoever's it is."""


class SummarizerError(Exception):
    """Root of every error the tool reports; `exit_code` is what the CLI exits with."""

    exit_code = 2

    def __init__(self, message: str, **evidence: object) -> None:
        super().__init__(message)
        self.message = message
        self.evidence = evidence

    def __str__(self) -> str:
        return self.message


class InputError(SummarizerError):
    """The user's input (article, summary file, argument) is unusable."""

    exit_code = 2


class ConfigurationError(SummarizerError):
    """The tool is configured wrongly (config file, environment, flags)."""

    exit_code = 2


class ModelError(SummarizerError):
    """The model or the network failed to produce a usable answer."""

    exit_code = 3


class VerificationError(SummarizerError):
    """A summary failed verification against its source."""

    exit_code = 1


class DeliveryError(SummarizerError):
    """The mail server could not be reached or refused the message."""

    exit_code = 3


def redact(text: str, *secrets: str | None) -> str:
    """`text` on one line, every given secret and anything shaped like an API key masked."""
    # the one redaction used on every error message the tool prints or stores
    line = " ".join(text.split())
    for secret in secrets:
        if secret and len(secret) >= 4:
            line = line.replace(secret, "***")
    return _KEY_SHAPED.sub("***", line)
