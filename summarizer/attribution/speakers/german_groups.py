"""German descriptions as a cue's subject: the speaker as written, never sure (as in English)."""

# "„…“, sagte der Sprecher der Polizei" and "„…“, sagten Experten" name no person: the words at
# the cue are the speaker, low, as English keeps "the moderator said" and "officials said".

from __future__ import annotations

from summarizer.attribution.german.groups import group_noun
from summarizer.attribution.lexicon.cues import Cues, Mention

_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "Chinesische", "Viele", "Deutsche"


def german_description(mention: Mention, cues: Cues) -> bool:
    """Whether a German cue's subject is a description: a body's noun phrase or a group noun."""
    if not cues.nouns_capitalized or cues.family != "de":
        return False
    if mention.kind == "org":  # "der Sprecher der Polizei", "die Behörde": an article's phrase
        return True
    words = mention.words.split()
    if mention.kind != "name" or not words or not group_noun(words[-1]):
        return False
    # "Chinesische Politiker sagten": an adjective that opens the sentence is capitalised too
    return all(word.endswith(_ADJECTIVE_ENDINGS) for word in words[:-1])
