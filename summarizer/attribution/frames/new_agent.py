"""A clause joined after a cue that brings in someone else, who may speak the next quotation."""

# "“…,” Ann Roe said, and her husband cut in. “…”": the husband speaks next, or may; the
# quotation after it does not go on from Ann Roe (a wrong name is worse than none).

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues

_NAME = r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*"


@functools.cache
def _joined(family: str, conjunctions: frozenset[str], owners: frozenset[str]) -> re.Pattern[str]:
    """ ", and NAME verb", ", and her husband verb": a conjunction, a subject of its own, a verb."""
    joins = "|".join(sorted(map(re.escape, conjunctions)))
    owned = "|".join(sorted(map(re.escape, owners)))
    subject = f"{_NAME}|(?:{owned})[ \\t]+[a-z]+" if owned else _NAME
    return re.compile(f",[ \\t]+(?:{joins})[ \\t]+(?:{subject})[ \\t]+[a-z]+\\b")


def joined_at(text: str, begin: int, end: int, cues: Cues) -> int:
    """Where a clause of another subject joined in the sentence [begin, end) starts, else begin."""
    if not cues.joined_agents or begin < 0 or not cues.coordinating:
        return begin
    owners = frozenset(cues.definite).difference(("the",))  # "her husband", not "the plan"
    found = _joined(cues.family, frozenset(cues.coordinating), owners).search(text, begin, end)
    return found.start() if found else begin
