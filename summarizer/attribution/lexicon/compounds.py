"""The nouns a German compound may end in ("Verteidigungsminister"), for one `str.endswith`."""

from __future__ import annotations

import functools

from summarizer.attribution.lexicon.cues import Cues


# German joins a title to what it heads: a word ending in one of these is tested in one
# `str.endswith`, not one call per title (Cues hashes by its family: a cheap look-up).
@functools.cache
def long_titles(cues: Cues) -> tuple[str, ...]:
    """The titles of more than three letters, which may end a compound."""
    return tuple(t for t in cues.titles if len(t) > 3)


@functools.cache
def long_nouns(cues: Cues) -> tuple[str, ...]:
    """The titles and organisations of more than three letters, which may end a compound."""
    return tuple(t for t in (*cues.titles, *cues.orgs) if len(t) > 3)


# "Polizei", "Bundesregierung", "Stadtverwaltung": German writes a body's noun alone or at the end
# of a compound, so a word is a body's noun where it ends in one of `orgs` (one `str.endswith`).
def body_noun(word: str, cues: Cues) -> bool:
    """Whether a German noun is a body's: it ends in an organisation's noun."""
    return word.lower().endswith(cues.orgs)
