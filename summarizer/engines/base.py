"""The engine interface: what a reader asks for (`Request`) and what every engine does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from summarizer.article import Article
from summarizer.summary import Summary

LENGTHS = {"short": 3, "medium": 6, "long": 10}


@dataclass(frozen=True)
class Request:
    """What the reader asked for: language (canonical code) and length."""

    lang: str
    length: str = "medium"

    @property
    def max_points(self) -> int:
        """Number of points the summary should aim for."""
        return LENGTHS[self.length]


class Engine(Protocol):
    """Turns one article into a summary (the pipeline verifies it if needed, then prunes)."""

    name: str

    async def summarize(self, article: Article, request: Request) -> Summary:
        """Summarize `article` for `request`."""
        ...
