"""English: any past-tense verb after a quotation as its reporting cue (“…,” X mentioned)."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues, Window

_CLOSERS = "\"'”’»“ "
_OPENERS = "\"'“‘«"
_QUOTE_REACH = 600
_MARKS = 8  # the closing marks and spaces between the last word and the window


# The clause English grammar expects after a quotation ending in a comma (“It is done,” Lee Park,
# the risk officer, mentioned in a memo), or in "!" or "?" with no aside before the verb (“Why?”
# Vitter demanded.), whatever its verb. Not after a partial quotation (“a new tax code,” Ben
# Carson used …), nor past a dash; the caller keeps only a subject that opens the clause.
def past_after(text: str, window: Window, start: int, cues: Cues) -> re.Match[str] | None:
    """Any past-tense verb in the reporting clause after a quotation of whole sentences."""
    if cues.past_verb is None:
        return None
    ending = text[max(0, window[0] - _MARKS) : window[0]].rstrip(_CLOSERS)[-1:]
    if ending not in (",", "!", "?") or not text[window[0] : window[0] + 2].strip().isalpha():
        return None
    if not _whole_sentences(text, window[0]):
        return None
    stop = cues.sentence_end.search(text, start, window[1])
    verb = cues.past_verb.search(text, start, stop.start() if stop else window[1])
    if verb is None or (ending != "," and "," in text[start : verb.start()]):
        return None
    return verb


# Its opening mark is looked for only so far back, so that each quotation costs a bounded look.
def _whole_sentences(text: str, close: int) -> bool:
    """Whether the quotation closing before `close` opens with a capital letter."""
    reach = max(0, close - _QUOTE_REACH)
    opening = max(text.rfind(mark, reach, close - 1) for mark in _OPENERS)
    inner = text[opening + 1 : close].lstrip(_OPENERS + " ")
    return opening >= 0 and inner[:1].isupper()
