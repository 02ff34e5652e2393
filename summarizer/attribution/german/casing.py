"""Which words a German article writes in capitals or in lower case: its names' shapes."""

import functools
import re

from summarizer import _data

# not after a number: "8,6 Milliarden Euro" is an amount, no name; the capital first and the looks
# back past it, so the regex engine skips to the capitals (twice as fast over a whole text)
_FULL_NAME = re.compile(
    r"[A-ZÄÖÜ](?<![\w.](?s:.))(?<!\d (?s:.))\w+(?:[ -][A-ZÄÖÜ]\.?\w*)* ([A-ZÄÖÜ][\w-]+)"
)
_LOWER = re.compile(r"(?<![\w-])[^\W\d_A-ZÄÖÜ]\w*")
_LIGHT_NOUNS = frozenset(_data.load_toml("german.toml")["light_verbs"]["nouns"])
_STATEMENTS = tuple(_data.load_toml("german.toml")["statements"]["nouns"])
_COMPOUNDED = tuple(n for n in _STATEMENTS if len(n) >= 5)


def light_noun(word: str) -> bool:
    """Whether a capitalised word is the bare noun of a light-verb construction ("Stellung")."""
    return word.lower() in _LIGHT_NOUNS


# "Harte Kritik", "Deutliche Worte": what was said, never who said it.
def statement_noun(word: str) -> bool:
    """Whether a noun names a statement or a stance, also as the end of a compound."""
    lower = word.lower()
    return lower in _STATEMENTS or lower.endswith(_COMPOUNDED)


def past_light_noun(run: str, colon: bool = True) -> str:
    """A run of two or more words before a colon, without a light-verb noun at its end."""
    # "nahm Ems Stellung:": the verb's object, no part of the name
    words = run.rsplit(" ", 1)
    return words[0] if colon and len(words) == 2 and light_noun(words[1]) else run


@functools.lru_cache(maxsize=8)
def surnames(text: str) -> frozenset[str]:
    """Words that end a run of capitalised words in `text` ("Jan Roth" -> "Roth")."""
    # "nahm Eva Ems Stellung": the verb's object closes the run, the name ends before it
    runs = (m.group().split() for m in _FULL_NAME.finditer(text))
    return frozenset(w[-2] if light_noun(w[-1]) and len(w) > 2 else w[-1] for w in runs)


# "Wenige Stunden später öffnet …" opens with a word the article writes in lower case.
def two_words(name: str, text: str) -> bool:
    """Whether a subject names a person: two words or more, the first never lower case."""
    words = name.split()
    return len(words) > 1 and words[0].lower() not in lowered(text)


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> frozenset[str]:
    """The words `text` writes in lower case somewhere: no name, whatever opens a sentence."""
    return frozenset(_LOWER.findall(text))
