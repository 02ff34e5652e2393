"""German speakers a quotation's own cue names by a word that takes someone up: "so letztere"
(the last of two people)."""

from __future__ import annotations

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.ordinal import ordinal


def taken_up(text: str, span: Span, cues: Cues) -> Attribution | None:
    """The person the cue of the quotation at `span` takes up, else None."""
    if cues.family != "de":
        return None
    return ordinal(text, span, cues)
