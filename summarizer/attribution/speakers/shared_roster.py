"""One roster per article, shared by the resolver and the confidence judge."""

from __future__ import annotations

import functools
from collections import defaultdict

from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.speakers.roster import Roster


# Indexing an article's names is a tenth of `find_quotes`; the resolver and the confidence judge
# read the same article, so they share one index. A roster only keeps answers that depend on the
# text and the language's cues, so sharing it between calls changes no answer.
@functools.lru_cache(maxsize=4)
def roster_for(text: str, family: str) -> Roster:
    """The roster of `text` in language family `family`, built once per article."""
    return Roster(text, cues_for(family))


# Once per article, for the confidence judge and the lone surnames alike: looking through every
# name of a surname at each quotation was quadratic in an article that names "Clark Industries"
# and quotes "Ms. Clark" many times.
@functools.lru_cache(maxsize=4)
def last_words(roster: Roster) -> frozenset[str]:
    """The last word of every name the article gives in full (two words or more)."""
    names = {name for placed in roster.by_word().values() for _, name in placed}
    return frozenset(name.rsplit(" ", 1)[-1] for name in names if " " in name)


# Once per article: "she says" after a bare surname reads the distinct full names of that surname,
# not every place each is written (reading them all at each pronoun was quadratic, session 31).
@functools.lru_cache(maxsize=4)
def by_surname(roster: Roster) -> dict[str, frozenset[str]]:
    """The article's distinct names (two words or more) by their last word."""
    names: dict[str, set[str]] = defaultdict(set)
    for name in {name for placed in roster.by_word().values() for _, name in placed}:
        names[name.split()[-1]].add(name)
    return {surname: frozenset(bearers) for surname, bearers in names.items()}
