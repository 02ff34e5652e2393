"""The narration between two quotations of one paragraph, read by the German carry-over rules."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

Bridge = tuple[int, int, list[re.Match[str]]]
"""Where the narration starts and ends, and its sentence stops (one at most)."""


# Bounded by `reach` so that each quotation reads a few characters only: linear in the article.
def bridge(text: str, prior: Span | None, span: Span, reach: int, cues: Cues) -> Bridge | None:
    """The short narration from `prior` to `span` in one paragraph, with one stop at most."""
    if prior is None or prior.para_start != span.para_start:
        return None
    start, end = prior.close_at + 1, span.open_at
    if end - start > reach:
        return None
    stops = list(cues.sentence_end.finditer(text, start, end))
    return None if len(stops) > 1 else (start, end, stops)
