"""A clause whose subject is "man" reports nobody's words: "Man spricht jetzt viel von der
„socialen Frage“", "Jm Reichstage sprach man von den „berechtigten Eigenthümlichkeiten“" quote
a phrase in currency, not a speaker's."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop

_MAN = re.compile(r"\b[Mm]an\b")
_CLAUSE_BREAK = re.compile("[,;]")  # one scan for either, not one per mark
_REACH = 120  # the sentence's words before the mark


def impersonal(text: str, open_at: int, cues: Cues) -> bool:
    """Whether "man" stands before the mark at `open_at` in a sentence that opens with its clause:
    no comma or semicolon between ("Er sagte, man werde von der „…“ lassen" may quote him)."""
    reach = max(0, open_at - _REACH)
    start = last_stop(text, cues.sentence_end, reach, open_at) or reach  # stops found once
    if _CLAUSE_BREAK.search(text, start, open_at):
        return False
    return _MAN.search(text, start, open_at) is not None
