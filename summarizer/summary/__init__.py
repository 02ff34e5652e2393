"""The summary contract (`summarizer/summary@1`): frozen dataclasses and their stable JSON form."""

from summarizer.summary.codec import dumps, from_dict, loads, to_dict
from summarizer.summary.types import (
    SCHEMA,
    EngineInfo,
    Failure,
    NameRef,
    Point,
    QuoteRef,
    SourceInfo,
    Span,
    Summary,
    Verification,
    Voice,
)

__all__ = [
    "SCHEMA",
    "EngineInfo",
    "Failure",
    "NameRef",
    "Point",
    "QuoteRef",
    "SourceInfo",
    "Span",
    "Summary",
    "Verification",
    "Voice",
    "dumps",
    "from_dict",
    "loads",
    "to_dict",
]
