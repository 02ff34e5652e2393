"""Quotations that are headlines, subheads or words of one, which nobody says (spaced scripts)."""

from __future__ import annotations

import re

from summarizer.attribution.kinds.german_titles import STOP, WORD, reported
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_SINGLE = frozenset("'‘")
_DOUBLE = re.compile(r"[“”\"«»]|''")
_SENTENCE_BREAK = re.compile(r"[.!?] ")
_SCARE_WORDS = 3
_HEADING_WORDS = 10
_HEADLINE_WORDS = 20
_HEADLINE_CHARS = 300  # 20 words of a headline stay well under it
_HEADING_ENDS = frozenset(".!?…:;,")
_SUBHEADING_WORDS = 12
_SUBHEADING_CHARS = 160
_NEAR_CHARS = 2000


# A scare quote or a term: "In 'quiet revolt,' crews stop work", not "Mayor says budget
# 'balanced'". A headline: a one-sentence paragraph of at most 20 words with no double marks and
# no reporting verb.
def headline_term(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a short lower-case phrase in single marks in a headline."""
    if cues.nouns_capitalized or cues.dashes or not cues.spaced:
        return False
    if not _single(text, span):
        return False
    if not inner[:1].islower() or len(inner.split()) > _SCARE_WORDS:
        return False
    if span.para_end - span.para_start > _HEADLINE_CHARS:  # linear: long paragraphs skip
        return False
    line = text[span.para_start : span.para_end]
    if _DOUBLE.search(line) or _SENTENCE_BREAK.search(line.rstrip()):
        return False
    return len(line.split()) <= _HEADLINE_WORDS and not reported(text, span, cues)


# A subheading is a paragraph of its own with no stop in it ('Not enough homes'), or one set in
# single marks with its stop where speech is set in double marks ('Nobody asked us.'; two
# apostrophes stand for a double mark), or holds a scare quote (Journey to “the dark side”).
def heading(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a subheading, or a scare quote inside one."""
    whole = span.open_at == span.para_start and span.close_at >= span.para_end - 1
    words = WORD.findall(inner) if whole else []  # most quotations fill no paragraph: no words read
    if words and len(words) <= _HEADING_WORDS:
        return not STOP.search(inner) or (_single(text, span) and _doubles_near(text, span))
    return _in_heading(text, span, inner, cues)


# British news sets speech in single marks, so a single-marked paragraph is a subhead only where
# the text around it sets its speech in double marks (a window: linear over many quotations).
def _doubles_near(text: str, span: Span) -> bool:
    """Whether a double quotation mark stands within a few paragraphs of the quotation."""
    before = _DOUBLE.search(text, max(0, span.para_start - _NEAR_CHARS), span.para_start)
    return bool(before or _DOUBLE.search(text, span.para_end, span.para_end + _NEAR_CHARS))


def _single(text: str, span: Span) -> bool:
    """Whether the quotation opens with one single mark (not two apostrophes for a double one)."""
    return text[span.open_at] in _SINGLE and not text.startswith("''", span.open_at)


def _in_heading(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """A scare quote inside a subheading with no stop, colon or cue (Journey to “the dark side”)."""
    if span.para_end - span.para_start > _SUBHEADING_CHARS:  # linear: long paragraphs skip
        return False
    line = text[span.para_start : span.para_end].rstrip()
    if STOP.search(inner) or span.open_at == span.para_start or line[-1:] in _HEADING_ENDS:
        return False
    if _SENTENCE_BREAK.search(line) or ":" in line:
        return False
    # the heading's own words only: no stop ends it, so a sentence window would run on
    return len(WORD.findall(line)) <= _SUBHEADING_WORDS and cues.verbs.search(line) is None
