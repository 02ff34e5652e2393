"""A frame's colon sentence that a reporting clause or a Konjunktiv shows to be reported."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_COMMA = re.compile(r"\s*,\s*")
_WORD = re.compile(r"[^\W\d_]+")
_OPEN = attrgetter("open_at")
_SUBJECT_WORDS = 2  # "Er sei", "Der Plan sei": a pronoun or an article and its noun


# "kritisierte den Plan: Er sei „völlig unsinnig“, sagte er.": the reporter's own sentence,
# its "sagte er" after the closing mark an inquit, so nothing of it is unmarked speech. Speech
# set after a colon without marks (older print) holds a quotation as a phrase of its own words,
# never with a reporting clause of the reporter after it. Only the colon's own sentence on the
# colon's line counts: a paragraph of speech below the colon may hold a quotation of its own.
def reported(
    text: str,
    cues: Cues,
    marked: list[Span],
    frame: tuple[int, int, int],
    stops: Callable[[], list[int]],
) -> bool:
    """Whether the colon's sentence reports: an inquit or an opening Konjunktiv before a mark."""
    colon, start, end = frame
    if not cues.spaced or "\n" in text[colon:start]:
        return False
    ends = stops()  # capitalised sentence stops, found once per text
    index = bisect_right(ends, start)  # a lookup, no scan: the sentence ends at the next stop
    end = min(end, ends[index]) if index < len(ends) else end
    inside = marked[bisect_left(marked, start, key=_OPEN) : bisect_left(marked, end, key=_OPEN)]
    # "erklärte: dass er komme": a reported clause; "Dass du immer zu spät kommst!" and "Ob das
    # gut geht?" stand alone as the speaker's own outcry or question
    first = _WORD.search(text, start, end)
    asked = text[start:end].rstrip()[-1:] in ("!", "?")
    if first and first.group().lower() in cues.reported_openers and not asked:
        return True
    if inside and _opens_reported(text, start, inside[0].open_at, cues, cues.reported_subjects):
        return True
    if not inside and _indirect(text, start, end, cues):
        return True
    for span in inside:
        comma = _COMMA.match(text, span.close_at + 1, end)
        if comma and cues.verbs.match(text, comma.end(), end):
            return True
    return False


# "erklärte: Der Plan sei „nicht durchdacht“ und …": a subject and a Konjunktiv I of report
# open the sentence, so the reporter tells the speaker's words and quotes a phrase of them.
# Unmarked old-print speech with a Konjunktiv ("Gott sei Dank") has no quotation marks in the
# same sentence, and a Konjunktiv further in ("Wir wissen, es sei …") is the speaker's own.
# "erklärte: Der Plan sei gut." with no mark in it: a subject and a Konjunktiv I of report open a
# statement, the grammar of indirect speech, so the reporter's words, never a verbatim quotation.
# An exclamation in the Konjunktiv is a wish or a call in the speaker's own words ("Gott sei
# Dank!", "Er sei verflucht!"), old print's unmarked speech, and stays speech.
def _indirect(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether an unmarked colon sentence is a statement opening with subject and Konjunktiv I."""
    last = text[start:end].rstrip()[-1:]
    subjects = cues.reported_subjects | cues.impersonal | cues.expletives  # "Es sei", "Man habe"
    return last not in ("!", "?") and _opens_reported(text, start, end, cues, subjects)


def _opens_reported(text: str, start: int, mark: int, cues: Cues, subjects: frozenset[str]) -> bool:
    """Whether the words before the sentence's first mark open with subject and Konjunktiv I."""
    words = _WORD.findall(text, start, min(mark, start + 60))[: _SUBJECT_WORDS + 1]
    lower = [w.lower() for w in words]
    if len(words) > 1 and lower[1] in cues.reported:  # "Er sei"
        return lower[0] in subjects
    return (  # "Der Plan sei"
        len(words) > _SUBJECT_WORDS
        and lower[_SUBJECT_WORDS] in cues.reported
        and lower[0] in cues.determiners
        and words[1][:1].isupper()
    )
