"""Past a German name's attribute of origin or affiliation to the verb of its clause."""
# "Jonas Berg von der Universität Bonn kritisierte den Plan", "Eva Ems vom Bund für Umwelt und
# Naturschutz sagte": "von", "vom" or "aus" after a name opens a noun phrase that belongs to the
# name (its capitals, articles, "für", "und" and the adjectives after an article), and the first
# other lower-case word closes it: the finite verb whose subject the name is.

from __future__ import annotations

import itertools

from summarizer import _data
from summarizer.attribution.lexicon.words import TOKEN

_OPENERS = frozenset({"von", "vom", "aus"})
_INSIDE = frozenset(_data.load_toml("german.toml")["origin_attribute"]["words"])  # "der", "für"
_ADJECTIVE = ("e", "en", "er", "es", "em")
_WORDS = 8  # words of the attribute: bounded, linear
_CLOSING = (".", ",", ";", ":", "!", "?")


def past_attribute(text: str, end: int) -> int:
    """Where the verb after a "von"/"aus" attribute right after `end` starts, else `end`."""
    verb = _attribute(text, end)[1]
    return verb if verb >= 0 else end


def clause_ends(text: str, end: int, german: bool) -> bool:
    """Whether the clause ends at `end`; in German also past a "von"/"aus" attribute there."""
    close, verb = _attribute(text, end) if german else (end, 0)
    stop = close if verb < 0 and text[close : close + 1] in _CLOSING else end
    return not text[stop : stop + 1].isspace()


# "meint Tom Ruster vom Amt für Planung in Bonn.": the attribute may also close the clause.
def _attribute(text: str, end: int) -> tuple[int, int]:
    """The end of the attribute's last word and the start of the verb after it (or -1)."""
    if text[end : end + 1] != " " or text[end + 1 : end + 4] not in _OPENERS:
        return end, -1  # most names: no "von", "vom" or "aus" after them, nothing to tokenise
    words = list(TOKEN.finditer(text, end, end + 120))[: _WORDS + 1]
    if len(words) < 2 or words[0].start() != end + 1 or words[0].group() not in _OPENERS:
        return end, -1
    for before, word in itertools.pairwise(words):
        if text[before.end() : word.start()] != " ":
            return before.end() if before.group()[:1].isupper() else end, -1
        lower = word.group()
        if lower[:1].isupper() or lower in _INSIDE:
            continue
        if lower.endswith(_ADJECTIVE) and before.group() in _INSIDE | _OPENERS:
            continue  # "vom Bund für deutsche Sprache": an adjective before its noun
        named = before.group()[:1].isupper() and lower.isalpha()
        return end, word.start() if named else -1
    last = words[-1]
    closed = len(words) <= _WORDS and last.group()[:1].isupper()
    return last.end() if closed else end, -1
