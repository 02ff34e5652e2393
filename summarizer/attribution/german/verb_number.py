"""German number agreement between a finite verb and the phrase after it (`dewrong31`).

"Zwei Briefe erreichten die Redaktion: „…“": the plural verb agrees with the phrase put first,
never with "die Redaktion", whose noun ends as only a singular does ("-ion", "-ung", "-heit",
"-keit", "-schaft", "-tät"; their plurals end in "-en"). That phrase is the verb's object, not a
speaker inverted after it.
"""

from __future__ import annotations

import re

from summarizer.attribution.german.german_bracket import dative
from summarizer.attribution.lexicon.cues import Cues

_SINGULAR = ("ion", "ung", "heit", "keit", "schaft", "tät")
_DATIVE_PLURAL = 7  # "Lehrern", "Autofahrern"; never "Kern", "Stern"
_AGENT = ("er",)


# "erklärt", "sagte": the third person singular of the present and the past; "sagten" is plural.
def singular_verb(verb: str) -> bool:
    """Whether a German finite verb form is third person singular."""
    lower = verb.lower()
    return lower.endswith("t") or (lower.endswith("te") and not lower.endswith("ten"))


def plural_verb_singular_after(verb: str, head: str) -> bool:
    """Whether a plural finite verb ("erreichten") stands before a singular-only noun."""
    plural = verb.islower() and len(verb) > 4 and verb.endswith("en")
    return plural and head.lower().endswith(_SINGULAR)


def disagrees(tokens: list[re.Match[str]], verb: int, head: int) -> bool:
    """Whether the token at `head` cannot be the subject of the finite verb at `verb`."""
    return plural_verb_singular_after(tokens[verb].group(), tokens[head].group())


# "Der ADAC rät Autofahrern, „…“", "Der DGB empfiehlt Beschäftigten:": a bare plural after a
# singular verb is never its subject; "-ern" after an "-er" noun is a dative plural after any verb.
def bare_plural(tokens: list[re.Match[str]], index: int, cue: str, cues: Cues) -> bool:
    """Whether the token at `index`, one capitalised word after the cue, is a plural noun."""
    if index >= len(tokens) or not tokens[index].group()[:1].isupper():
        return False
    if index + 1 < len(tokens) and tokens[index + 1].group()[:1].isupper():
        return False  # "rät Lehrern Roth": a name may follow; left alone
    word = tokens[index].group().lower()
    if len(word) >= _DATIVE_PLURAL and word.endswith("ern") and word[:-1].endswith(_AGENT):
        return True
    group = word in cues.group_subjects or word[:-1] in cues.group_subjects
    return group and singular_verb(cue.split()[0])


def object_after(tokens: list[re.Match[str]], index: int, cue: str, cues: Cues) -> bool:
    """Whether the phrase at `index` right after the cue is an object: a dative or a plural."""
    return dative(tokens, index, cues) or bare_plural(tokens, index, cue, cues)
