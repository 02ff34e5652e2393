"""The phrase a capitalised preposition opens an English sentence with, before its subject:
"Since January Talia Wren said", "In the Senate Orrin Vale said", "On CNN Dara Kwan said"."""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.attribution.frames.abbreviations import forenames
from summarizer.attribution.frames.english_words import CLAUSE_OPENERS, opens_clause
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues

_NAME = 3  # the place's last word, a given name and a surname
_ONE = 2  # a one-word phrase and a lone surname


# A month, a season, an acronym or a noun after "the" is the whole phrase; a place may have any
# number of words ("In Saint Paul Tim Walz"), so the last two words are the name only where the
# given name is known or the article writes the name elsewhere: the surname alone, or the full
# name after another word ("Governor Tim Walz"). Else nobody: never the place glued to the name.
def opening_cut(
    text: str,
    tokens: list[re.Match[str]],
    run: list[re.Match[str]],
    cues: Cues,
    written: WrittenWords,
) -> tuple[int, bool] | None:
    """Where the subject starts in `run` past an opening phrase, and whether surely; None with
    no such phrase; len(run) where the name cannot be told from the place."""
    lead = _lead(text, tokens, run, cues)
    if lead is None:
        return None
    article = lead == 0 and _before(tokens, run).lower() == "the"
    found = phrase_start([t.group() for t in run[lead:]], article, cues, written)
    return None if found is None else (lead + found[0], found[1])


def phrase_start(
    rest: list[str], article: bool, cues: Cues, written: WrittenWords | None = None
) -> tuple[int, bool] | None:
    """Where the name starts in the capitalised words after an opening preposition (and "the"),
    and whether surely: len(rest) where it cannot be told from the place; None for two words
    that may be a name ("After Ann Roe"), read as before."""
    one = bool(rest) and (article or rest[0].lower() in cues.calendar or _acronym(rest[0]))
    if len(rest) < _ONE or (len(rest) == _ONE and not one):
        return None
    names = forenames(cues.family)
    place, given, surname = rest[-_NAME:] if len(rest) > _ONE else ["", *rest]
    if one and len(rest) == _ONE:
        return (1, False) if not article else (len(rest), False)  # "Since January Wren said"
    apart = written is not None and written.apart(place, given, surname)
    if one and len(rest) == _NAME:
        return (1, True) if given in names or apart or not article else (len(rest), False)
    at = next((at for at in range(1, len(rest)) if rest[at] in names), len(rest))
    if at == len(rest) - _ONE:
        return at, False  # "In New York City Ann Roe": a known first name and a surname
    return (len(rest) - 2, False) if apart else (len(rest), False)  # "Saint Paul Tim Walz"


def _lead(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cues: Cues
) -> int | None:
    """How many of the run's words the preposition takes (0 or 1), if one opens the sentence."""
    if run[0].group().lower() in cues.opening_prepositions and _opens(text, run[0]):
        return 1  # "Since January Talia Wren": a preposition that is no stop word
    index = _index(tokens, run)
    chain = tokens[max(0, index - 2) : index + 1]
    if len(chain) == 3 and chain[1].group() != "the":
        chain = chain[1:]
    prep = chain[0]
    if len(chain) < 2 or prep.group().lower() not in cues.opening_prepositions:
        return None
    spaced = all(adjacent(text, a.end(), b.start()) for a, b in pairwise(chain))
    return 0 if spaced and prep.group()[0].isupper() and _opens(text, prep) else None


def _index(tokens: list[re.Match[str]], run: list[re.Match[str]]) -> int:
    """The place in `tokens` of the run's first word."""
    return next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)


def _before(tokens: list[re.Match[str]], run: list[re.Match[str]]) -> str:
    """The word right before the run ("" at the start)."""
    index = _index(tokens, run)
    return tokens[index - 1].group() if index else ""


def _opens(text: str, token: re.Match[str]) -> bool:
    """Whether `token` opens its sentence or clause."""
    return opens_clause(text, token.start(), CLAUSE_OPENERS + "-")


def _acronym(word: str) -> bool:
    """Whether `word` is an acronym ("CNN", "NATO")."""
    return len(word) > 1 and word.isalpha() and word.isupper()
