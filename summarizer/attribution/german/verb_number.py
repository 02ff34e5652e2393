"""German number agreement between a finite verb and the phrase after it (`dewrong31`).

"Zwei Briefe erreichten die Redaktion: „…“": the plural verb agrees with the phrase put first,
never with "die Redaktion", whose noun ends as only a singular does ("-ion", "-ung", "-heit",
"-keit", "-schaft", "-tät"; their plurals end in "-en"). That phrase is the verb's object, not a
speaker inverted after it.
"""

from __future__ import annotations

import re

_SINGULAR = ("ion", "ung", "heit", "keit", "schaft", "tät")


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
