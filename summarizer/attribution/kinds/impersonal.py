"""A clause whose subject is "man" reports nobody's words: "Man spricht jetzt viel von der
„socialen Frage“", "Jm Reichstage sprach man von den „berechtigten Eigenthümlichkeiten“" quote
a phrase in currency, not a speaker's."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_MAN = re.compile(r"\b[Mm]an\b")
_REACH = 120  # the sentence's words before the mark


def impersonal(text: str, open_at: int, cues: Cues) -> bool:
    """Whether "man" stands before the mark at `open_at` in a sentence that opens with its clause:
    no comma or semicolon between ("Er sagte, man werde von der „…“ lassen" may quote him)."""
    start = max(0, open_at - _REACH)
    stops = list(cues.sentence_end.finditer(text, start, open_at))
    if stops:
        start = stops[-1].end()
    if text.find(",", start, open_at) >= 0 or text.find(";", start, open_at) >= 0:
        return False
    return _MAN.search(text, start, open_at) is not None
