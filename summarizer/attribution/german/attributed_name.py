"""Past a German name's attribute of origin or affiliation to the verb of its clause."""
# "Jonas Berg von der Universität Bonn kritisierte den Plan", "Eva Ems vom Bund für Umwelt und
# Naturschutz sagte": "von", "vom" or "aus" after a name opens a noun phrase that belongs to the
# name (its capitals, articles, "für", "und" and the adjectives after an article), and the first
# other lower-case word closes it: the finite verb whose subject the name is.

from __future__ import annotations

import itertools
import re

_TOKEN = re.compile(r"\w+(?:[-'’./]\w+)*")  # a word, as frames/clauses.py reads one
_OPENERS = frozenset({"von", "vom", "aus"})
_INSIDE = frozenset({"der", "die", "das", "den", "dem", "des", "für", "und", "von", "vom"})
_ADJECTIVE = ("e", "en", "er", "es", "em")
_WORDS = 8  # words of the attribute: bounded, linear


def past_attribute(text: str, end: int) -> int:
    """Where the verb after a "von"/"aus" attribute right after `end` starts, else `end`."""
    if text[end : end + 1] != " ":
        return end
    words = list(_TOKEN.finditer(text, end, end + 120))[: _WORDS + 1]
    if len(words) < 3 or words[0].start() != end + 1 or words[0].group() not in _OPENERS:
        return end
    for before, word in itertools.pairwise(words):
        if text[before.end() : word.start()] != " ":
            return end  # a comma or a mark ends the clause first: no verb of the name's
        lower = word.group()
        if lower[:1].isupper() or lower in _INSIDE:
            continue
        if lower.endswith(_ADJECTIVE) and before.group() in _INSIDE | _OPENERS:
            continue  # "vom Bund für deutsche Sprache": an adjective before its noun
        return word.start() if before.group()[:1].isupper() and lower.isalpha() else end
    return end
