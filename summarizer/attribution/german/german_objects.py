"""German: the subject after an inverted cue past an object in the dative or accusative."""
# "„…“, widersprach dem Minister Jan Roth die Abgeordnete Eva Ems": "dem" puts the minister and
# his name in the dative, the one spoken to; the nominative phrase after it is the subject. With
# no such phrase after it ("sagte dem Sender Jan Roth") the name is read as before.

from __future__ import annotations

import re

from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention


def past_object(
    text: str, tokens: list[re.Match[str]], phrase: Phrase | None, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person phrase right after an oblique one that follows the cue, else None."""
    if phrase is None or not oblique(tokens, phrase) or phrase.end >= len(tokens):
        return None
    later = read_phrase(tokens, phrase.end, cues)
    if later is None or oblique(tokens, later) or not person(text, tokens, later, cues):
        return None
    return mention_of(text, tokens, later, cue, cues)
