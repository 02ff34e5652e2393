"""A short phrase in marks standing alone as its paragraph, amid unquoted prose: a heading."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import PARAGRAPH, Span

_FUNCTION_WORDS = frozenset(_data.load_toml("german.toml")["lone_heading"]["words"])
_HEADING_WORDS = 6
_REACH = 300  # characters of the paragraphs round it read for marks: bounded
_MARKS = re.compile(r"[„“”\"»«‚‘]|,,")
_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]?")


# "„Aus der Reichshauptstadt.“" over an article's body: a noun phrase with an article or a
# preposition, one full stop, no quotation or reporting verb in the paragraphs before or after
# and no colon announcing it. A greeting ("„Guten Morgen.“") has no lower-case word, a line of
# dialogue has quotations round it, and speech reported after it a cue in the next paragraph.
def lone_heading(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether the quotation is a heading set in marks as a paragraph of its own."""
    whole = span.open_at == span.para_start and span.close_at >= span.para_end - 1
    inner = text[span.start : span.end].rstrip()
    if not whole or not 1 < len(words) <= _HEADING_WORDS or not inner.endswith("."):
        return False
    lower = [w for w in words if not w[0].isupper()]
    if not words[0][0].isupper() or not lower or any(w not in _FUNCTION_WORDS for w in lower):
        return False
    if "." in inner[:-1] or "," in inner:
        return False
    return _prose_after(text, span, cues) and _prose_before(text, span)


def _prose_after(text: str, span: Span, cues: Cues) -> bool:
    """Whether the next paragraph is unquoted prose whose first sentence reports no one."""
    gap = PARAGRAPH.match(text, span.para_end)
    body = text[gap.end() : gap.end() + _REACH] if gap else ""
    first = _FIRST_SENTENCE.match(body.lstrip())
    sentence = first.group() if first else ""
    quoted = _MARKS.search(body) is not None
    return bool(sentence.strip()) and not quoted and cues.verbs.search(sentence) is None


def _prose_before(text: str, span: Span) -> bool:
    """Whether the paragraph before, if any, has no quotation and announces none."""
    before = text[max(0, span.para_start - _REACH) : span.para_start].rstrip()
    return not before.endswith(":") and not _MARKS.search(before)
