"""Which words a German article writes in capitals or in lower case: its names' shapes."""

import functools
import re

_FULL_NAME = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\w+(?:[ -][A-ZÄÖÜ]\.?\w*)* ([A-ZÄÖÜ][\w-]+)")
_LOWER = re.compile(r"(?<![\w-])[^\W\d_A-ZÄÖÜ]\w*")


@functools.lru_cache(maxsize=8)
def surnames(text: str) -> frozenset[str]:
    """Words that end a run of capitalised words in `text` ("Jan Roth" -> "Roth")."""
    return frozenset(m.group(1) for m in _FULL_NAME.finditer(text))


# "Wenige Stunden später öffnet …" opens with a word the article writes in lower case.
def two_words(name: str, text: str) -> bool:
    """Whether a subject names a person: two words or more, the first never lower case."""
    words = name.split()
    return len(words) > 1 and words[0].lower() not in lowered(text)


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> frozenset[str]:
    """The words `text` writes in lower case somewhere: no name, whatever opens a sentence."""
    return frozenset(_LOWER.findall(text))
