"""Bulk summaries through the OpenAI Batch API: a batch only pre-fills the response cache."""

from summarizer.batch.commands import (
    DEFAULT_LIMITS,
    Collected,
    Status,
    Submitted,
    collect,
    lock,
    pour,
    problems,
    status,
    submit,
)

__all__ = [
    "DEFAULT_LIMITS",
    "Collected",
    "Status",
    "Submitted",
    "collect",
    "lock",
    "pour",
    "problems",
    "status",
    "submit",
]
