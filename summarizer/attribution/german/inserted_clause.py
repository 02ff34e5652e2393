"""A subordinate or relative clause set between commas before "und" and a cue leaves the first
verb's subject the cue's: "Der Schulze trat vor, als alle versammelt waren, und rief: „…“", "Der
Alte sah den Grafen an, der neben ihm stand, und sprach:" (read by german_clauses.linked)."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_SUBORDINATORS = frozenset(_data.load_toml("german.toml")["older_print"]["subordinators"])
_CLAUSE = 10  # words of the inserted clause: bounded
_TOKEN = re.compile(r"[^\W\d_][\w-]*|,")


def past_inserted(rest: list[str], cues: Cues, joins: frozenset[str]) -> list[str]:
    """`rest` (the words between a subject and its cue) without one clause that a
    subordinating conjunction or a relative pronoun opens after a comma and that ends in the
    comma before the conjunction (`joins`: "und") right before the cue; else `rest` as it is."""
    if rest.count(",") != 2 or len(rest) < 5 or rest[-2] != "," or rest[-1] not in joins:
        return rest
    comma = rest.index(",")
    clause = rest[comma + 1 : -2]
    opener = clause[0].lower() if clause else ""
    if opener not in _SUBORDINATORS and opener not in cues.relatives:
        return rest
    if len(clause) > _CLAUSE or not all(w.isalnum() for w in clause):
        return rest
    return [*rest[:comma], rest[-1]]


def inserted_before_and(
    text: str, start: int, joined: int, cues: Cues, joins: frozenset[str]
) -> bool:
    """Whether the words from `start` to `joined` (right after a ", und") end in such an inserted
    clause: then "und" joins the cue to the first verb, and opens no clause of its own."""
    words = [token.group() for token in _TOKEN.finditer(text, start, joined)]
    return len(past_inserted(words, cues, joins)) < len(words)
