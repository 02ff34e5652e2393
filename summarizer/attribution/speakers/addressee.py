"""The person a pronoun's own verb addresses, who is never that pronoun."""
# "“…”, she told Winfrey": she is not Winfrey, whoever else she is (a pronoun subject and the
# name that is its verb's object are two people).

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_OBJECT_REACH = 40  # characters after the cue where its object's name stands
_TITLE_WORDS = 2  # titles ("Mr.", "Sen.") that may stand before that name


def addressed(text: str, mention: Mention, cues: Cues) -> frozenset[str]:
    """The words of the capitalised name right after a pronoun's cue: its object, never it."""
    if mention.kind != "pronoun" or mention.cue_at < 0 or not mention.cue:
        return frozenset()
    end = mention.cue_at + len(mention.cue)
    words = TOKEN.findall(text, end, end + _OBJECT_REACH)
    if not words or not text[end : end + 1].isspace():
        return frozenset()
    skipped = 0
    while skipped < _TITLE_WORDS and words[skipped:] and words[skipped].lower() in cues.titles:
        skipped += 1
    name = []
    for word in words[skipped:]:
        if not word[0].isupper() or word.lower() in cues.stop:
            break
        name.append(word)
    return frozenset(name)
