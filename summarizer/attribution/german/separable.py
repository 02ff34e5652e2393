"""The German separable verbs of saying, read once for every reader that needs them."""
# "„…“, stellte X klar", "Sie räumte „…“ ein": the stem in second place, the particle closing
# the clause. cues.toml `de.separable` lists each verb as its stem and its particle, and
# german_verbs.toml adds every separable verb of its lexemes.

from __future__ import annotations

import functools

from summarizer.attribution.lexicon.cues import cues_table


@functools.cache
def separable_verbs() -> tuple[tuple[str, str], ...]:
    """Each separable verb of saying as its finite stem and its particle ("stellte", "klar")."""
    pairs = (verb.split() for verb in cues_table()["de"]["separable"])
    return tuple((stem, particle) for stem, particle in pairs)
