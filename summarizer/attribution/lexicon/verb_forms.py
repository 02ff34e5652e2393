"""Whether a word is a form of a cue verb, each word asked of the verb pattern once."""
# `cues.verbs` alternates every form of every verb of saying: a full match of one word costs up to
# twenty microseconds, and the German readers ask it of the same words quotation after quotation.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_KEPT = 1 << 15  # words kept per pattern: emptied when full (an article has a few thousand)
# Keyed on the family (a pattern's own hash reads all its code); the pattern checked by identity.
_KNOWN: dict[str, tuple[re.Pattern[str], dict[str, bool]]] = {}


def verb_form(word: str, cues: Cues) -> bool:
    """`cues.verbs.fullmatch(word) is not None`."""
    kept = _KNOWN.get(cues.family)
    if kept is None or kept[0] is not cues.verbs:
        kept = _KNOWN[cues.family] = (cues.verbs, {})
    found = kept[1].get(word)
    if found is None:
        if len(kept[1]) >= _KEPT:
            kept[1].clear()
        found = kept[1][word] = cues.verbs.fullmatch(word) is not None
    return found
