"""The asides after a name that a cue follows: an age, a home town, a job, a relative clause."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


# "Ann Roe, the mayor, spoke", "Ann Roe, 54, spoke": an article or an age opens a description,
# also after an emphatic reflexive ("Ann Roe, herself a fan of the team, drew boos").
def describes(text: str, first: re.Match[str] | None, cues: Cues) -> bool:
    """Whether the apposition opening with `first` describes the name before it."""
    if first is None:
        return False
    word = first.group().lower()
    after = _NEXT_WORD.match(text, first.end())
    if word in cues.reflexives and after:
        word = after.group(1).lower()
    # French and Spanish drop the article before a role ("Jean Roux, maire de Lyon, était"),
    # English before a role with its complement ("Ann Roe, co-founder of Acme, backed")
    role = bool(cues.clitics) and word in cues.titles
    return word in cues.term_articles or word.isdigit() or role or _linked(text, first, cues)


def _linked(text: str, first: re.Match[str], cues: Cues) -> bool:
    """Whether a lower-case noun (or two) and a `role_links` word open the apposition."""
    if not cues.role_links or not first.group().islower() or first.group() in cues.stop:
        return False
    after = _NEXT_WORD.match(text, first.end())
    if after and after.group(1) not in cues.role_links and after.group(1).islower():
        after = _NEXT_WORD.match(text, after.end())  # "executive director of"
    return after is not None and after.group(1) in cues.role_links


# "“…,” Ann Ruiz, 30, of Dayton, Ohio, who was among those polled, said": each part after the
# name is an age, a lower-case description or relative clause, or the state after a place
# ("of Dayton," then "Ohio"). A list of names ("Hale, Lund, Roe and Kerr said") is none of these.


def described_parts(parts: list[list[str]], cues: Cues) -> bool:
    """Whether every part (its words) after the name describes it, none naming someone else."""
    previous: list[str] = []
    for words in parts:
        if not words:
            return False
        first = words[0]
        placed = len(previous) >= 2 and previous[-2].lower() in cues.governing
        state = placed and previous[-1][0].isupper() and len(words) == 1 and first[0].isupper()
        plain = first[0].islower() and first.lower() not in cues.coordinating
        if not (first.isdigit() or plain or state):
            return False
        previous = words
    return True
