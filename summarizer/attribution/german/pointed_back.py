"""A German paragraph that opens by pointing back to the words of the quotation before it."""
# "„…“\n\nMit diesen Worten beschrieb Bürgermeisterin Eva Lechner die Stimmung.", "Das sagte X
# am Abend.": the next paragraph gives the quotation out to its own speaker (the sentence a
# quotation's own paragraph would read after it: `sentence_after`), so the quotation, a paragraph
# of its own, does not go on from the speaker of the paragraph before. "Mit diesen Worten" alone
# is enough to point back, however long the sentence after it runs.

from __future__ import annotations

import functools
import re

from summarizer.attribution.german.german_after import (
    POINTED_AUXILIARIES,
    POINTED_VERBS,
    POINTERS,
    WORDED,
    sentence_after,
)
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_BREAK = re.compile(r"\s*\n\s*")  # the paragraph break after the quotation's paragraph
_VERBS = POINTED_VERBS | POINTED_AUXILIARIES  # "sagte", "hat"
_READ = 40  # the first words of the next paragraph


# Cached: frames asks it up to three times per quotation paragraph (carry, paragraph before, cue).
@functools.lru_cache(maxsize=16)
def pointed_back(text: str, span: Span, cues: Cues) -> bool:
    """Whether the paragraph after `span`'s opens by pointing back to the quotation's words."""
    gap = _BREAK.match(text, span.para_end) if cues.nouns_capitalized else None
    if gap is None or gap.end() >= len(text):
        return False
    tokens = [t.group() for t in read_tokens(text, gap.end(), gap.end() + _READ)[:3]]
    if " ".join(tokens).lower() in WORDED or _pointing(tokens):
        return True
    # any subject after the pointing verb: "Das sagte die Frau von X" points back, naming nobody
    before = (span.para_start, span.open_at)
    return sentence_after(text, before, gap.end(), cues, strict=False) is not None


# "„…“\n\nDas sagte Bürgermeisterin Eva Lechner am Abend.": the cue after such a quotation
# paragraph stands in the first sentence of the next one, so the after window reads on into it.
def onward(text: str, span: Span, cues: Cues, end: int) -> int:
    """The end of the paragraph after a quotation paragraph it points back to, else `end`."""
    whole = span.open_at == span.para_start and span.close_at >= span.para_end - 2
    if not whole or not pointed_back(text, span, cues):
        return end
    stop = text.find("\n", _BREAK.match(text, span.para_end).end())  # type: ignore[union-attr]
    return len(text) if stop < 0 else stop


# "Das sagte sie am Abend.", "So sagte es Eva Lechner.", "Das sagte nicht X, sondern Y.": a
# pointer and a verb of saying (or the auxiliary of one) point back whoever the subject is read
# to be, so the quotation goes on from nobody before it even where no subject is read.
def _pointing(tokens: list[str]) -> bool:
    """Whether a paragraph opens with "Das"/"Dies"/"So" and a verb of saying after it."""
    return len(tokens) > 2 and tokens[0].lower() in POINTERS and tokens[1] in _VERBS
