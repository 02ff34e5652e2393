"""Whether an article writes a word as a lower-case token, asked where the word stands: the same
answer as `word in lower_words(text)` (speakers/roster.py), whose set costs a tokenization of the
whole article. German "letztere" asks about the first word of a few names only (ordinal.py)."""

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.words import TOKEN
from summarizer.attribution.speakers.roster import lower_words

# A token of `TOKEN.findall` starts where no word character, nor one and a joining mark, precede.
_STARTED = re.compile(rf"(?<!\w)(?<!\w[-'’./])(?:{TOKEN.pattern})")
_TRIES = 40  # places tried before the set of all lower-case tokens is built, as before


class _Asked:
    """One text's answers so far, and how many places were tried for them."""

    def __init__(self) -> None:
        self.answers: dict[str, bool] = {}
        self.tries = 0


@functools.lru_cache(maxsize=8)
def _asked(text: str) -> _Asked:
    """The answers for `text`, kept while it is read."""
    return _Asked()


def lower_token(word: str, text: str) -> bool:
    """`word in lower_words(text)`: whether a token of `text` is `word`, all in lower case."""
    asked = _asked(text)
    if asked.tries > _TRIES:
        return word in lower_words(text)
    if word not in asked.answers:
        asked.answers[word] = word.islower() and _stands(word, text, asked)
    return asked.answers[word]


def _stands(word: str, text: str, asked: _Asked) -> bool:
    """Whether a token of `text` is `word`, each place it is written tried once."""
    asked.tries += 1
    at = text.find(word)
    while at >= 0:
        asked.tries += 1
        found = _STARTED.match(text, at)
        if found is not None and found.group() == word:
            return True
        at = text.find(word, at + 1)
    return False
