"""German: a name read as a lone rank goes on to the surname after the rank's particle."""

# "Der Abg. Frhr. v. Stumm bemerkte:", "Der Abg. Graf v. Kanitz bemerkte:": after one rank a
# second rank or degree ("Frhr.", "Graf", "Dr.") opens the name, and a particle ("v.", "von",
# "zu") stands before the surname; the phrase stopped at the second rank, which named the
# speaker "Frhr" or "Graf". Such a mention takes the words up to the surname.

from __future__ import annotations

import dataclasses
import re

from summarizer.attribution.german.particled import RANK_WORDS
from summarizer.attribution.lexicon.cues import Mention

_RANKS = frozenset(RANK_WORDS)
_SURNAME = re.compile(r"\.?[ \t]+(?:(?:v|von|zu|vom|van)\.?[ \t]+)+[A-ZÄÖÜ][\w=’'-]*")


def past_rank(text: str, mention: Mention | None) -> Mention | None:
    """`mention`, or when it is a lone rank before a particle and a surname, the words to it."""
    if mention is None or mention.kind != "name" or mention.words not in _RANKS:
        return mention
    end = mention.at + len(mention.words)
    found = _SURNAME.match(text, end, mention.cue_at) if mention.cue_at > end else None
    if found is None:
        return mention
    return dataclasses.replace(mention, words=text[mention.at : found.end()])
