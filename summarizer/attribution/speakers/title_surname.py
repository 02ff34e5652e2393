"""A title word with no article that ends a person's full name is that person's surname."""

from __future__ import annotations

from summarizer.attribution.frames.name_parts import surname
from summarizer.attribution.lexicon.cues import Cues, Mention

_BEFORE = 12  # characters before the mention where its article would stand: bounded


# "Angus King spoke. “…,” King said": "King" is a title word, so the cue's subject reads as a
# role, but with no article before it and a full name given earlier that ends in it as a surname
# (a forename before it, no title: not "King Charles"), it is that person's name as any surname
# is; "the King said" stays a role.
def title_surname(text: str, mention: Mention, speaker: str, cues: Cues) -> bool:
    """Whether a role mention is the surname of the full name `speaker` it resolved to."""
    word = mention.words
    if mention.kind != "role" or " " in word or not word[:1].isupper() or cues.nouns_capitalized:
        return False
    tokens = speaker.split()
    if len(tokens) < 2 or tokens[-1] != word or not surname(tokens, len(tokens) - 1, cues):
        return False
    if any(token.lower().rstrip(".") in cues.titles for token in tokens[:-1]):
        return False  # "New York Congressman Pete King": a name with its title, never sure
    before = text[max(0, mention.at - _BEFORE) : mention.at].split()
    articles = cues.definite | cues.indefinite
    return not before or before[-1].lower() not in articles
