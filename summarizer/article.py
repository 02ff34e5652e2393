"""The cleaned article every later stage reads: text, paragraphs with offsets, language."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the cleaned text; `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A cleaned article: the single source of truth that quotes are proven against."""

    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    lang: str
    origin: str

    @functools.cached_property
    def sha256(self) -> str:
        """Hex sha256 of the cleaned text (UTF-8), found once."""
        # a digest asks for it five times an article, each time on the event loop (hashlib releases
        # the GIL for it)
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @classmethod
    def from_text(cls, text: str, *, title: str, lang: str, origin: str) -> Article:
        """Build an article from cleaned text whose paragraphs are separated by blank lines."""
        paragraphs = []
        pos = 0
        for block in text.split("\n\n"):
            start = pos
            pos += len(block) + 2
            stripped = block.strip()
            if stripped:
                offset = start + block.index(stripped)
                paragraphs.append(Paragraph(offset, offset + len(stripped), stripped))
        return cls(title=title, text=text, paragraphs=tuple(paragraphs), lang=lang, origin=origin)
