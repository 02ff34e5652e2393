"""A quotation paragraph whose next paragraph points back at it and names its speaker there."""

# "“Honestly, I was scared.”\n\nThat was how Maya Lind described her night." The words stand
# alone first and the next paragraph, opening with a demonstrative and a copula, says who said
# them: they go on from no earlier speaker (that one is often the last quoted before).

from __future__ import annotations

import functools
import re

from summarizer.attribution.german.pointed_back import pointed_back
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import PARAGRAPH, Span

_REACH = 200  # the pointing sentence: bounded, linear
_WORD = re.compile(r"[\w'’-]+")


@functools.cache
def _pointers(back: tuple[str, ...]) -> tuple[str, ...]:
    """The pointing phrases as whole words: "that " is not "that isn't"."""
    return tuple(p + " " for p in back)


def named_after(text: str, span: Span, cues: Cues) -> bool:
    """Whether the next paragraph opens by pointing back at `span` with a cue ("That was how")."""
    pointers = _pointers(cues.pointing_back)
    after = PARAGRAPH.match(text, span.para_end)
    if not pointers or after is None:
        return False
    head = text[after.end() : after.end() + _REACH]
    if not head.lower().startswith(pointers):
        return False
    stop = cues.sentence_end.search(head)
    sentence = head[: stop.start()] if stop else head
    return any(cues.verbs.fullmatch(w.group()) for w in _WORD.finditer(sentence))


# "„…“\n\nDas sagte X am Abend." (German grammar, german/pointed_back.py) or "That was how X put
# it": either way the quotation paragraph goes on from nobody before it.
def named_next(text: str, span: Span, cues: Cues) -> bool:
    """Whether the paragraph after `span`'s points back to it and names its speaker there."""
    return pointed_back(text, span, cues) or named_after(text, span, cues)
