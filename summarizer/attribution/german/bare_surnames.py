"""German: a bare word after a singular reporting verb that the article gives as a surname."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from summarizer.attribution.lexicon.cues import Cues

# two capitalised words in a row, read overlapping ("Eva Maria Lechner": Maria, then Lechner)
_PAIR = re.compile(r"([A-ZÄÖÜ][\w-]*)[ \t]+(?=([A-ZÄÖÜ][\w-]*))")


# A bare word may be a plural noun ("sagten Forscher der Universität") or a role written without
# its article ("sagte Trainer der Mannschaft", a role and its genitive). After a verb in the
# singular, a word the article writes after a first name ("Eva Lechner") is her surname, and "der …"
# after it the one told ("sagte Lechner der Deutschen Presse-Agentur").
def singular_surname(verb: str, word: str, cues: Cues, text: str) -> bool:
    """Whether a bare `word` right after the finite `verb` is a surname the article gives."""
    if not verb or verb.endswith("n") or not cues.verbs.fullmatch(verb):
        return False
    openers = _before(text).get(word, ())
    return any(first not in cues.stop and first not in cues.determiners for first in openers)


# Once per article: the words before each capitalised word that follows another one.
@functools.lru_cache(maxsize=4)
def _before(text: str) -> dict[str, frozenset[str]]:
    """Each capitalised word that follows a capitalised word, with those words (lower case)."""
    found: dict[str, set[str]] = defaultdict(set)
    for pair in _PAIR.finditer(text):
        found[pair.group(2)].add(pair.group(1).lower())
    return {word: frozenset(firsts) for word, firsts in found.items()}
