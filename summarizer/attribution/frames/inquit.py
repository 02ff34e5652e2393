"""A frame's colon sentence that a reporting clause after a quotation shows to be reported."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_COMMA = re.compile(r"\s*,\s*")
_OPEN = attrgetter("open_at")


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
    """Whether a quotation in the colon's sentence has a comma and a reporting verb after it."""
    colon, start, end = frame
    if not cues.spaced or "\n" in text[colon:start]:
        return False
    ends = stops()  # capitalised sentence stops, found once per text
    index = bisect_right(ends, start)  # a lookup, no scan: the sentence ends at the next stop
    end = min(end, ends[index]) if index < len(ends) else end
    for span in marked[bisect_left(marked, start, key=_OPEN) : bisect_left(marked, end, key=_OPEN)]:
        comma = _COMMA.match(text, span.close_at + 1, end)
        if comma and cues.verbs.match(text, comma.end(), end):
            return True
    return False
