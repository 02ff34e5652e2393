"""German descriptions as a cue's subject: the speaker as written, never sure (as in English)."""

# "„…“, sagte der Sprecher der Polizei" and "„…“, sagten Experten" name no person: the words at
# the cue are the speaker, low, as English keeps "the moderator said" and "officials said". A
# bare plural group noun is capitalised like a surname, so only a closed list tells them apart.

from __future__ import annotations

import functools

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention


@functools.cache
def _group_nouns() -> frozenset[str]:
    """German plural nouns for a group of people ("Experten", "Anwohner"), lower-cased."""
    return frozenset(_data.load_toml("german.toml")["groups"]["nouns"])


def german_description(mention: Mention, cues: Cues) -> bool:
    """Whether a German cue's subject is a description: a body's noun phrase or a group noun."""
    if not cues.nouns_capitalized or cues.family != "de":
        return False
    if mention.kind == "org":  # "der Sprecher der Polizei", "die Behörde": an article's phrase
        return True
    return mention.kind == "name" and mention.words.lower() in _group_nouns()
