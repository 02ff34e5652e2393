"""Initials before a surname in a run at a cue: "А. Петров", "В. В. Путин", "В.В. Путин"."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from summarizer.attribution.lexicon.cues import Cues

_LETTERS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
_MORE = 2  # initials a name has after the first ("В. В. Путин", "J. R. R. Tolkien")


@functools.cache
def _after() -> re.Pattern[str]:
    """The period after an initial, further initials and the capitalised word they open."""
    letter = r"[^\W\d_]"
    return re.compile(f"\\.[ \\t]*(?:{letter}\\.[ \\t]*){{0,{_MORE}}}({letter}{{2,}})")


# A capital and a period are a sentence's last letter as often as an initial ("в пункте А. Он
# …", "Plan B. The …"): only before a capitalised word that is no function word, pronoun or verb
# ("В", "Он", "Сказал") is it an initial; one word is read, so the test is bounded per token.
def initial_of(text: str, token: re.Match[str], cues: Cues) -> bool:
    """Whether `token` is one capital (or "В.В") whose period leads to the surname it opens."""
    word = token.group()
    if not word.isupper() or _LETTERS.fullmatch(word) is None:
        return False
    after = _after().match(text, token.end())
    return after is not None and after.group(1).istitle() and _content(after.group(1), cues)


def _content(word: str, cues: Cues) -> bool:
    """Whether a capitalised word can be a surname: no function word, pronoun or cue verb."""
    lower = word.lower()
    return lower not in cues.stop and lower not in cues.pronouns and not cues.verbs.fullmatch(lower)


def initials_before(text: str, run: list[re.Match[str]], cues: Cues) -> int:
    """How many tokens right before the run's last word are its initials."""
    count = 0
    while count + 1 < len(run) and initial_of(text, run[-2 - count], cues):
        count += 1
    return count


# First in `words` only with its period and no honorific ("А. Петров", not "M. Dupont").
def lone_initial(tokens: list[str], index: int, words: str, honorifics: Collection[str]) -> bool:
    """Whether the token at `index` of `words` is one capital before the rest of a name."""
    if len(tokens[index]) != 1 or not tokens[index].isupper() or index >= len(tokens) - 1:
        return False  # most tokens: no capital alone, so no f-string to build
    return bool(index) or (
        words.startswith(f"{tokens[0]}. ") and tokens[0].lower() not in honorifics
    )


# "В. В. Путин", "В.В. Путин" (`dotted`: the words hold a period): initials and a surname are a
# whole name as written, after a forename ("Пётр А. Иванов"), not after a complement in the
# genitive ("Минфина А. Петров": `genitive` holds its endings).
def initials_and_surname(tokens: list[str], dotted: bool, genitive: tuple[str, ...]) -> list[str]:
    """The tokens of a name that ends in initials and a surname, else none."""
    initials = 0
    while dotted and initials + 1 < len(tokens) and _LETTERS.fullmatch(tokens[-2 - initials]):
        initials += 1
    if not initials or not all(tokens[-1 - i].isupper() for i in range(1, initials + 1)):
        return []
    before = tokens[-2 - initials] if len(tokens) > initials + 1 else ""
    given = before.istitle() and not before.endswith(genitive)
    return tokens[-2 - initials if given else -1 - initials :]
