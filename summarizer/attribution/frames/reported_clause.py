"""A name after an inverted cue that opens the clause reported, not the one who reports it."""

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_OPENING = frozenset('"“‘')


# "a strategist said Clinton will have to choose", "and said he “maintains …”": Clinton and he are
# spoken about, the quotation is what the strategist says of them; "said Clinton, …",
# "said Clinton in a statement" keep her the speaker.
def opens_reported(text: str, mention: Mention, cues: Cues) -> bool:
    """Whether an auxiliary follows the mention right after its cue: a reported clause's subject."""
    end = mention.at + len(mention.words)
    if mention.at < 0 or text[mention.at : end] != mention.words:
        return False
    if text[end : end + 1] != " ":
        return False
    if text[end + 1 : end + 2] in _OPENING:  # "said he “maintains that …”": his words, reported
        return True
    after = TOKEN.match(text, end + 1)
    return after is not None and after.group() in cues.clause_auxiliaries
