"""German: a cue in a main clause that ", und" opens has a subject of its own."""

# "Eva Ems lobte Kahl, und Kahl sagte: „…“", "Tim Kahl begrüßte Eva Ems, und die Gäste riefen:
# „…“": after a comma and a coordinating conjunction a new main clause begins; when words stand
# between the conjunction and the nearest cue, they (or the words after an inverted cue) are its
# subject, so the subject of a cue before the comma never speaks the quotation. Not "Eva Ems lobte
# Kahl und sagte:" nor "…, und sagte:", where the two verbs share their subject.

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from summarizer.attribution.lexicon.cues import Mention

_CLAUSE = re.compile(r",\s+(?:und|aber|doch|denn|sondern)\s+(?=\w)")
_OPENED = 4  # words a subject (and a fronted adverb) may take between the conjunction and the cue
_WORD = re.compile(r"\w+")


def own_clause(text: str, found: Sequence[re.Match[str]]) -> int:
    """Where the nearest cue's own main clause opens after an earlier cue, else -1."""
    if len(found) < 2:
        return -1
    last, earlier = found[-1], found[-2]
    opened = -1
    for joined in _CLAUSE.finditer(text, earlier.end(), last.start()):
        opened = joined.end()
    if opened < 0 or any(stop in text[opened : last.start()] for stop in ",;:„“\n"):
        return -1
    words = _WORD.findall(text, opened, last.start())
    if not 0 < len(words) <= _OPENED:
        return -1
    return opened


def within_clause(mentions: Iterable[Mention], opened: int) -> Iterator[Mention]:
    """The mentions whose cue stands in the clause that opens at `opened` (all when -1)."""
    return (m for m in mentions if opened < 0 or m.cue_at < 0 or m.cue_at >= opened)
