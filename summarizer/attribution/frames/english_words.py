"""Tests of single English words and clause openings that several frame readers share."""

from __future__ import annotations

import functools

from summarizer.attribution.lexicon.cues import Cues

CLAUSE_OPENERS = '.!?:;,\n"“”«»—–('
"""What stands before a clause's first word: a stop, a comma, a quotation mark, a dash, "("."""


def opens_clause(text: str, at: int, openers: str = CLAUSE_OPENERS) -> bool:
    """Whether a clause starts at `at`: the text's start, or after one of `openers`."""
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return not before.strip() or before[-1] in openers


def said(lower: str, cues: Cues) -> bool:
    """Whether a word is a verb of giving out or of reporting (never a role's adjective)."""
    return lower in cues.issuing or cues.verbs.fullmatch(lower) is not None


def verb_like(lower: str, cues: Cues) -> bool:
    """Whether a lower-case English word is a past in -ed, a verb of giving out or of reporting."""
    past = cues.past_verb is not None and cues.past_verb.fullmatch(lower) is not None
    return past or said(lower, cues)


def plain_word(word: str, cues: Cues) -> bool:
    """Whether a word is lower case and neither a function word nor a verb of the cues."""
    return word.islower() and word not in cues.stop and not cues.verbs.fullmatch(word)


@functools.lru_cache(maxsize=16)
def determiners(cues: Cues) -> frozenset[str]:
    """The language's articles, definite and indefinite words: built once per language."""
    return cues.articles | cues.definite | cues.indefinite
