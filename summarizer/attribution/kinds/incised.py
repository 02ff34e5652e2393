"""Older German speech without marks, cut by a reporting incise: "Die Börse, erklärte er, ist …"."""
# Old print often sets a statement without marks and puts the cue inside it between commas, the
# verb first: what opens the sentence before the first comma is the speaker's words. Today's news
# would mark them, and a Konjunktiv I after the incise ("…, sagte er, sei …") is indirect speech.

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import PARAGRAPH, Span

_INCISE = re.compile(r", ([a-zäöüß]+) ((?:[^\W\d_][\w.=-]* ){0,5}?[^\W\d_][\w=-]*), ([a-zäöüß]+)\b")
_OPENER = re.compile(r"[.!?:;\n]")
_LEAD_WORDS = 6  # a short stretch of words between the sentence's start and the incise
_LEAD_REACH = 80
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ]|\s*$)")
_REST_REACH = 300
_MARKS = re.compile('[„“”"»«]')  # a marked quotation in the rest is its own
_SUBJECT_OPENERS = frozenset({"er", "sie", "der", "die", "das", "ein", "eine", "ich"})


def incised(text: str, marked: list[Span], cues: Cues) -> Iterator[Span]:
    """Spans of a sentence's opening words before a comma, a reporting verb and its subject."""
    if not cues.nouns_capitalized or ", " not in text or not older_print(text):
        return
    opens = [s.open_at for s in marked]
    gaps = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    for incise in _INCISE.finditer(text):
        if not _cue(incise, cues):
            continue
        comma = incise.start()
        index = bisect_left(opens, comma) - 1
        if index >= 0 and marked[index].close_at >= comma:
            continue  # inside a marked quotation
        start = _opening(text, comma)
        if start is None:
            continue
        yield _span(text, start, comma, gaps)
        end = _SENTENCE_END.search(text, incise.start(3), incise.start(3) + _REST_REACH)
        if end is not None and not _MARKS.search(text, incise.start(3), end.end()):
            yield _span(text, incise.start(3), end.end(), gaps)  # the rest: the same speech


def _cue(incise: re.Match[str], cues: Cues) -> bool:
    """Whether the incise is a reporting verb, its subject, and words that go on indicative."""
    verb, subject, going_on = incise.group(1), incise.group(2), incise.group(3)
    if not cues.verbs.fullmatch(verb) or verb in cues.particles or going_on in cues.reported:
        return False
    first = subject.split()[0]
    return first[:1].isupper() or first in _SUBJECT_OPENERS


def _opening(text: str, comma: int) -> int | None:
    """Where the sentence opens before `comma`, if only a few words, none a comma, stand there."""
    head = text[max(0, comma - _LEAD_REACH) : comma]
    ends = list(_OPENER.finditer(head))
    if not ends:
        return None
    start = comma - len(head) + ends[-1].end()
    start += len(text[start:comma]) - len(text[start:comma].lstrip())
    lead = text[start:comma]
    words = lead.split()
    if not words or len(words) > _LEAD_WORDS or "," in lead or _MARKS.search(lead):
        return None
    return start


def _span(text: str, start: int, comma: int, gaps: list[tuple[int, int]]) -> Span:
    """The quotation from `start` to `comma`; its last letter stands where a mark would close."""
    index = bisect_left(gaps, (start, start))
    para_start = gaps[index - 1][1] if index > 0 else 0
    para_end = gaps[index][0] if index < len(gaps) else len(text)
    return Span(start, comma, start, comma - 1, para_start, para_end)
