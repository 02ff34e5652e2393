"""Whether an article writes a word as a lower-case token, asked where the word stands: the same
answer as `word in lower_words(text)` (speakers/roster.py), whose set costs a tokenization of the
whole article. German "letztere" (ordinal.py) and the namesakes' common words (namesakes.py) ask
about a few dozen words of a long article at most."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from summarizer.attribution.lexicon.words import TOKEN
from summarizer.attribution.speakers.roster import lower_words

# A token of `TOKEN.findall` starts where no word character, nor one and a joining mark, precede.
_STARTED = re.compile(rf"(?<!\w)(?<!\w[-'’./])(?:{TOKEN.pattern})")
# A word not in the text costs a read of all of it (about 1/80 of building the set of all its
# lower-case tokens); past this many such reads the set is built, so that many asks stay linear.
_READS = 40
_LOOK = 64  # characters one look at a place where the word is written counts as


class _Asked:
    """One text's answers so far, and how many characters were read for them."""

    def __init__(self) -> None:
        self.answers: dict[str, bool] = {}
        self.spent = 0


@functools.lru_cache(maxsize=8)
def _asked(text: str) -> _Asked:
    """The answers for `text`, kept while it is read."""
    return _Asked()


def lower_token(word: str, text: str) -> bool:
    """`word in lower_words(text)`: whether a token of `text` is `word`, all in lower case."""
    asked = _asked(text)
    if word not in asked.answers:
        if asked.spent > _READS * len(text):
            asked.answers[word] = word in lower_words(text)
        else:
            asked.answers[word] = word.islower() and _stands(word, text, asked)
    return asked.answers[word]


def _stands(word: str, text: str, asked: _Asked) -> bool:
    """Whether a token of `text` is `word`, each place it is written tried once."""
    at = text.find(word)
    while at >= 0:
        asked.spent += _LOOK
        found = _STARTED.match(text, at)
        if found is not None and found.group() == word:
            asked.spent += at
            return True
        at = text.find(word, at + 1)
    asked.spent += len(text)
    return False


class LowerWords:
    """`lower_words(text).union(*closed)` as a container, each word asked about looked up alone."""

    __slots__ = ("closed", "text")

    def __init__(self, text: str, closed: tuple[Collection[str], ...] = ()) -> None:
        self.text, self.closed = text, closed

    def __contains__(self, word: object) -> bool:
        if any(word in words for words in self.closed):
            return True
        return isinstance(word, str) and lower_token(word, self.text)
