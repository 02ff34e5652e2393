"""A contest's label before a colon ("Jan Roth vs. Eva Klar: „…“"): two sides, no speaker."""

# The period of "vs." read as a sentence's end left "Eva Klar:" as a speaker's label, and "vs"
# as a German verb made "Jan Roth" its subject. Two names joined by "vs."/"versus"/"gegen" that
# make up the whole sentence before the colon name a match or a case, not who speaks.

from __future__ import annotations

import re

_REACH = 120  # characters of the label read back from the colon
_JOINERS = (" vs", " versus ", " gegen ")
_SIDE = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}"
_LABEL = re.compile(
    rf"(?:^|[.!?\n»“”\"]\s*)(?=[^\W\d_])({_SIDE}) (?:vs\.?|versus|gegen) ({_SIDE})\s*:\s*$"
)


def contest_label(text: str, end: int) -> bool:
    """Whether the sentence ending in a colon at `end` is "Side vs. Side:"."""
    window = text[max(0, end - _REACH) : end]
    if not window.rstrip().endswith(":") or not any(j in window for j in _JOINERS):
        return False  # the search below tries every word start: most colons join nobody
    found = _LABEL.search(window)
    sides = found.group(1).split() + found.group(2).split() if found else []
    return bool(sides) and all(w[0].isupper() for w in sides)  # not "Sie sprach gegen Angst:"
