"""The shape of quoted words inside a sentence: a name or a title, not speech."""

from __future__ import annotations

from itertools import islice

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_NAME_WORDS = 6


# A few words with no stop, the first two capitalised ("Carlos Ruiz (spy),", "Once Upon A Time,").
def name_like(said: str, cues: Cues) -> bool:
    """Whether a quotation inside a sentence is shaped as a name or a title."""
    first = TOKEN.search(said)
    if first is None or not first.group()[0].isupper():  # most quotations: no list of words
        return False
    words = [w.group() for w in islice(TOKEN.finditer(said), _NAME_WORDS + 1)]  # enough to tell
    named = bool(words) and all(w[0].isupper() for w in words[:2])
    return named and len(words) <= _NAME_WORDS and not cues.sentence_end.search(said.rstrip(" ,"))
