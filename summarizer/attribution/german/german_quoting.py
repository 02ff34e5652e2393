"""Whom a source quotes "with the words": "Die Zeitung zitiert X mit den Worten: „…“"."""
# A quoting verb's subject is a source and its object may be the speaker or not ("zitiert aus dem
# Bericht"); "mit den Worten", "mit folgenden Worten" after the object makes the words the object's.

from __future__ import annotations

import re

from summarizer.attribution.german.phrases import TOKEN, mention_of, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 200  # the object and "mit den Worten" stand right after the verb
_WITH = "mit"
_WORDS = 3  # "mit den folgenden Worten": the utterance noun within three words of "mit"


def quoted_object(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The object of a quoting verb that "mit den Worten" gives the quotation to, or None."""
    tokens = list(TOKEN.finditer(text, cue.end(), min(end, cue.end() + _REACH)))
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1  # "zitiert dazu X", "zitierte auch X"
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None:
        return None
    after = [t.group().lower() for t in tokens[phrase.end : phrase.end + _WORDS + 1]]
    if after[:1] != [_WITH] or not any(w in cues.utterances for w in after[1:]):
        return None
    return mention_of(text, tokens, phrase, cue, cues)
