"""Who said what: direct quotations with character offsets, attributed to their speakers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    """A direct quotation: `text == source[start:end]` (inside the marks), and who said it."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None


def find_quotes(text: str, lang: str) -> tuple[Quote, ...]:
    """Every direct quotation in `text` (cleaned article text in language `lang`), in order."""
    raise NotImplementedError
