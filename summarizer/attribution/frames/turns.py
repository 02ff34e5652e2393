"""Where a quotation run over paragraphs is two turns of dialogue, its closing mark lost."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_CUED = re.compile(r"[,:]\s*$")  # "sprach er, „…", "sagte er: „…"
_LOOK_BACK = 8
_AFTER = re.compile(r"\s*,?\s*(\w+)")


# "„Guten Abend,“ sprach er, „ist der Herr zu Hause?\n\n„Nein,“ sagte die Magd.": a quotation
# left open after its own cue in its paragraph, then a reopened paragraph whose quotation closes
# before a cue of its own, are two speakers' turns (the first mark lost in print), not one speech.
# A paragraph-long speech whose only cue is at its end ("„…\n\n„…,“ schloß der Redner.") stays one.
def turns(text: str, spans: Sequence[Span], grouped: list[range], cues: Cues) -> list[range]:
    """`grouped` with each chain cut before a reopened part that a cue of its own follows."""
    cut: list[range] = []
    for chain in grouped:
        start = chain.start
        if len(chain) > 1 and _cued_before(text, spans[start]):
            for index in range(chain.start + 1, chain.stop):
                if _cued_after(text, spans[index], cues):
                    cut.append(range(start, index))
                    start = index
        cut.append(range(start, chain.stop))
    return cut


def _cued_before(text: str, span: Span) -> bool:
    """Whether a cue's comma or colon stands before the mark inside the quotation's paragraph."""
    lead = text[max(span.para_start, span.open_at - _LOOK_BACK) : span.open_at]  # bounded
    return _CUED.search(lead) is not None


def _cued_after(text: str, span: Span, cues: Cues) -> bool:
    """Whether a reporting verb is the first word after the quotation's closing mark."""
    if span.close_at >= span.para_end:
        return False  # left open too: the speech goes on
    word = _AFTER.match(text, span.close_at + 1, span.para_end)
    return word is not None and cues.verbs.fullmatch(word.group(1)) is not None
