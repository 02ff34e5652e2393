"""The name that signs a quotation standing as a paragraph of its own (an epigraph)."""

from __future__ import annotations

import re

from summarizer.attribution.frames.questions import ends_asking
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.marks.marks import PARAGRAPH, Span

_ASKED = re.compile(r"[?？][”\"»’]")  # a quotation that ends with a question
_REACH = 2000  # how far back the paragraph before is read: bounded, linear
_SIGNATURE = re.compile(r"[—–-]\s?((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]+)(?:,|\.?(?:\n|$))")


# On the next line after a dash or a hyphen: "“…”\n\n— Mara Holt, in a 2019 speech", "- Mara Holt.".
def signed(text: str, span: Span, cues: Cues) -> tuple[Mention, ...]:
    """The name that signs a quotation that is a paragraph of its own (an epigraph)."""
    if not whole(span) or cues.dashes or cues.nouns_capitalized:
        return ()
    after = PARAGRAPH.match(text, span.para_end)
    signed = _SIGNATURE.match(text, after.end() if after else span.para_end)
    if signed is None or text[signed.end() : signed.end() + 8].lstrip()[:1] in ("—", "–", "-"):
        return ()  # "- Lower Taxes\n- Fewer Rules": a list of points, not a signature
    name = signed.group(1)
    if " " not in name and text.find(name, 0, span.open_at) < 0:
        return ()  # "- Agreed.": one word signs only as a surname the story has named before
    return (Mention(name, "name", "—", signed.start(1), signed.start()),)


def whole(span: Span) -> bool:
    """Whether the quotation is its paragraph."""
    return span.open_at == span.para_start and span.close_at >= span.para_end - 2


# "“Where were you?” he asked.\n\n“Out,” Ann said.\n\n“Out where?”": a question in a paragraph
# of its own right after an answer to a question is the asker's turn as likely as the
# answerer's, so it goes on from neither (a statement there may be the answerer going on).
def asks_after_answer(text: str, span: Span, previous: Span, cues: Cues) -> bool:
    """Whether `span` asks a question after `previous` answered one the paragraph before asked."""
    if not cues.answered or not ends_asking(text, span.open_at, span.close_at + 1):
        return False
    end = previous.para_start  # the paragraph before `previous`, read in place, never copied whole
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = max(text.rfind("\n", max(0, end - _REACH), end) + 1, end - _REACH, 0)
    return _ASKED.search(text, start, end) is not None


def answered_turn(text: str, span: Span, previous: Span, cues: Cues) -> bool:
    """Whether `span` may be another voice's turn: after a question, or asking after an answer."""
    asked = cues.answered and text[previous.end - 1 : previous.end] == "?"
    return asked or asks_after_answer(text, span, previous, cues)
