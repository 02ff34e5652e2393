"""A quoted title in the aside between a name and its cue ("Ann Roe, author of “Dry Years,”")."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop
from summarizer.attribution.marks.marks import Span

_TITLE_CHARS = 40  # a quoted name or title, never a sentence of speech
_REACH = 30  # the words after the title before the aside closes ("campaign pins")
_CLOSE = re.compile(r"[^\W\d]+(?:[ -][^\W\d]+){0,3}")
TITLE_MARKS = "\"'“”‘’«»"


# "“…,” Ohio delegate Ann Roe, wearing a hat and “Vote Rudd” pins, said" and "As Ann Roe,
# author of “Dry Years,” put it, “…”": the quoted title is part of an aside that a comma opened
# after the speaker's name and that closes with a comma right before the cue, so the cue window
# reads past it; the title is no quotation that ends the clause of the speech next to it.
def inner_title(text: str, lead: int, span: Span, cues: Cues) -> bool:
    """Whether `span` is a short title inside an aside that runs from `lead` to a cue verb."""
    inner = text[span.start : span.end].rstrip(",")
    if span.end - span.start > _TITLE_CHARS or not inner[:1].isupper() or not cues.spaced:
        return False
    # the checks below on the whole window first: most fail there, with no stop to look up
    window = text[lead : span.open_at]
    if "," not in window or not window.rstrip()[-1:].isalpha():
        return False
    before = text[last_stop(text, cues.sentence_end, lead, span.open_at) or lead : span.open_at]
    if "," not in before or "\n" in before or not before.rstrip()[-1:].isalpha():
        return False  # "…, wearing “Vote Rudd” pins": the title goes on a phrase of the aside
    if cues.sentence_end.search(text, span.start, span.end) or cues.verbs.search(before):
        return False
    return _closes_on_cue(text, span, cues)


def _closes_on_cue(text: str, span: Span, cues: Cues) -> bool:
    """Whether a comma right after the title, or after a few words of its phrase, meets a cue."""
    if text[span.end - 1] == ",":  # American style: the aside's comma inside the marks
        at = span.end
    else:
        at = span.end
        while at < len(text) and text[at] in TITLE_MARKS:
            at += 1
        words = _CLOSE.match(text, at + 1) if text[at : at + 1] == " " else None
        at = words.end() if words and words.end() - at <= _REACH else at
        if text[at : at + 1] != ",":
            return False
        at += 1
    while at < len(text) and text[at] in TITLE_MARKS:
        at += 1
    return cues.verbs.match(text, at + 1 if text[at : at + 1] == " " else at) is not None
