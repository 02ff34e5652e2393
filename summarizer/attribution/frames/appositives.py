"""The aside set off by commas between a subject and its cue: "Ann Roe, a nurse, said"."""

from __future__ import annotations

import re

from summarizer.attribution.frames.leads import described_name
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.lexicon.cues import Cues

_ASIDES = 2
_AGE_DIGITS = 3  # an age set off by commas after a name; a year is no aside


# An aside that goes on one before it ("…, based in Dayton, Ohio, and an organizer at X,") leads
# past that one too.
def before_appositive(
    text: str, tokens: list[re.Match[str]], cues: Cues, depth: int = 0
) -> list[re.Match[str]]:
    """Tokens before ", a spokesperson for X," when the comma-delimited aside describes them."""
    comma = text.rfind(",", max(0, tokens[-1].start() - 150), tokens[-1].start())
    aside = [t for t in tokens if t.start() > comma]
    head = [t for t in tokens if t.end() <= comma]
    if comma < 0 or not head or not aside or not _abutting(text, head[-1], comma):
        return []
    first = aside[0].group()
    if depth < _ASIDES and (first.lower() in cues.coordinating or _place(head, aside, cues)):
        return before_appositive(text, head, cues, depth + 1)
    # "Peter King, Republican of New York, said": a description, not another name
    linked = len(aside) > 1 and aside[1].group() in cues.governing
    # "Ann Roe, 71, said": an age after a name (after "Her sister" it stays unread: nobody)
    if len(aside) == 1 and first.isdigit() and len(first) <= _AGE_DIGITS:
        return head if head[-1].group()[:1].isupper() else []
    # "Her opponent, veteran lawmaker Jo Roe, said": the aside is the name, its head a role
    if described_name(text[comma + 1 : tokens[-1].end()], cues):
        return aside
    if not (first[0].islower() or first.lower() in cues.titles or linked):
        return []
    # "Ann Roe, 71, who has lived here for years, said": an age before the description
    aged = depth < _ASIDES and head[-1].group().isdigit()
    return (before_appositive(text, head, cues, depth + 1) or head) if aged else head


# "based in Regina, Sask., and a member of …": an abbreviation's stop before the comma.
def _abutting(text: str, token: re.Match[str], comma: int) -> bool:
    """Whether `token` ends right at `comma`, or at a capitalised abbreviation's stop."""
    gap = text[token.end() : comma]
    return adjacent(text, token.end(), comma) or (gap == "." and token.group()[0].isupper())


def _place(head: list[re.Match[str]], aside: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the aside is one capitalised word after a place ("in Dayton, Ohio,")."""
    words = [t.group() for t in head[-4:]]
    while len(words) > 2 and words[-2][0].isupper():  # "in Kansas City, Mo.,": the whole place
        words.pop(-2)
    after = len(words) >= 2 and words[-2].lower() in cues.governing and words[-1][0].isupper()
    return after and len(aside) == 1 and aside[0].group()[0].isupper()
