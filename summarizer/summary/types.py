"""The summary contract (`summarizer/summary@1`): its frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "summarizer/summary@1"


@dataclass(frozen=True)
class QuoteRef:
    """A quotation: a verbatim span of the source and its rendering in the summary's language."""

    source_text: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Span:
    """A span [start, end) of the cleaned article text: whole sentences a point rests on."""

    start: int
    end: int


@dataclass(frozen=True)
class NameRef:
    """A person, body or place a point names: as the article spells it, and as the point does."""

    source_text: str
    text: str


# `evidence` None means the point predates evidence (a summary without the field)
@dataclass(frozen=True)
class Point:
    """One neutral sentence, credited to `speaker` (None: the article's own reporting)."""

    text: str
    speaker: str | None = None
    quotes: tuple[QuoteRef, ...] = ()
    evidence: tuple[Span, ...] | None = None
    names: tuple[NameRef, ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """Where the summary came from; `sha256` is of the cleaned article text."""

    title: str
    lang: str
    sha256: str
    origin: str


@dataclass(frozen=True)
class EngineInfo:
    """Which engine, model and prompt version wrote the summary."""

    name: str
    model: str | None = None
    prompt_version: str | None = None


@dataclass(frozen=True)
class Failure:
    """One verification finding; `severity` is "error" or "warning"."""

    kind: str
    detail: str
    point: int | None = None
    quote: int | None = None
    closest: str | None = None
    similarity: float | None = None
    severity: str = "error"


@dataclass(frozen=True)
class Voice:
    """One speaker's share of the article's attributed words, and the points crediting them."""

    speaker: str
    article_share: float
    points: int
    summary_share: float


@dataclass(frozen=True)
class Verification:
    """Outcome of verifying a summary: ok when no failure has severity "error"."""

    ok: bool
    checked: int
    failures: tuple[Failure, ...] = ()
    removed: tuple[Failure, ...] = ()
    balance: tuple[Voice, ...] = ()

    @property
    def errors(self) -> tuple[Failure, ...]:
        """Findings that make verification fail (warnings excluded)."""
        return tuple(f for f in self.failures if f.severity == "error")


@dataclass(frozen=True)
class Summary:
    """A summary of one article in one language."""

    lang: str
    source: SourceInfo
    engine: EngineInfo
    headline: str
    points: tuple[Point, ...]
    verification: Verification | None = None
    notice: str | None = None
    usage: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """This summary as `summarizer/summary@1` JSON text."""
        # The codec is built on these classes, so it can only be imported once they exist.
        from summarizer.summary.codec import dumps

        return dumps(self)

    @classmethod
    def from_json(cls, text: str, *, origin: str = "<summary>") -> Summary:
        """A summary from `summarizer/summary@1` JSON text; InputError names what is wrong."""
        from summarizer.summary.codec import loads

        return loads(text, origin=origin)
