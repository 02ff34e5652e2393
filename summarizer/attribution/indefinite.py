"""An indefinite subject that is the speaker as written ("a justice official said"): where
`cues.indefinite_speaker` is on, a plain noun phrase names whom the article means, while one
that reaches on past a function word ("a source close to X") stays unnamed."""

from __future__ import annotations

import re

from summarizer.attribution.clauses import TOKEN
from summarizer.attribution.cues import Cues, Mention
from summarizer.attribution.phrases import plain_indefinite

_MAX_WORDS = 4


def as_written(text: str, mention: Mention, cues: Cues) -> str | None:
    """The anonymous `mention`'s whole phrase when it is an article and one to four plain
    words, ending at its cue ("a justice official said") or at punctuation ("said a senior
    campaign adviser."); None otherwise, or when its head (the last word) is no common noun
    ("a document titled White Paper") or a body or a document ("a report")."""
    if not cues.indefinite_speaker or mention.at < 0:
        return None
    if cues.nouns_capitalized:  # German: the noun phrase that phrases.py read, if plain
        return mention.words if plain_indefinite(mention.words, cues) else None
    tokens = TOKEN.finditer(text, mention.at, len(text))
    article = next(tokens, None)
    if article is None or article.group().lower() not in cues.indefinite:
        return None
    words: list[re.Match[str]] = []
    for token in tokens:
        closed = text[(words or [article])[-1].end() : token.start()] != " "
        if token.start() == mention.cue_at or closed:
            break
        lower = token.group().lower()
        if lower in cues.stop or lower in cues.pronouns or cues.verbs.fullmatch(lower):
            return None
        words.append(token)
        if len(words) > _MAX_WORDS:
            return None
    head = words[-1].group() if words else ""
    if not head.islower() or head.rstrip("s") in cues.orgs:
        return None
    return text[article.start() : words[-1].end()]
