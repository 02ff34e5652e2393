"""A quotation that only asks: its asker's cue never names the answer after it."""

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span


# "“Will it pay off?” asked Ann Roe.": a question; "“…. Is it?” Roe said." states, then asks.
def only_asks(text: str, span: Span, cues: Cues) -> bool:
    """Whether every sentence of the quotation `span` ends in "?" (where `answered` holds)."""
    if not cues.answered or text[span.end - 1 : span.end] != "?":
        return False
    stops = {s.group() for s in cues.sentence_end.finditer(text, span.start, span.end)}
    return stops == {"?"}
