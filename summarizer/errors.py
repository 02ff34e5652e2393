"""One error tree: every failure the tool reports is a SummarizerError carrying its evidence."""

from __future__ import annotations


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
