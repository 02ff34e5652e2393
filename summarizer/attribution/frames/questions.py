"""A quotation that only asks: its asker's cue never names the answer after it."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_ENDS_ASKING = re.compile(r"[?？]\W*$")


# "“Will it pay off?” asked Ann Roe.": a question; "“…. Is it?” Roe said." states, then asks.
def only_asks(text: str, span: Span, cues: Cues) -> bool:
    """Whether every sentence of the quotation `span` ends in "?" (where `answered` holds)."""
    if not cues.answered or text[span.end - 1 : span.end] != "?":
        return False
    stops = {s.group() for s in cues.sentence_end.finditer(text, span.start, span.end)}
    return stops == {"?"}


def ends_asking(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends in a question mark, closing marks and spaces aside."""
    return _ENDS_ASKING.search(text, start, end) is not None
