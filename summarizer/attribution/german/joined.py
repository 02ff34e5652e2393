"""German subjects that join two people: "die Minister Jan Roth und Eva Ems" names no one."""

from __future__ import annotations

import re

_NAME_WORDS = 4


# "Jan Roth, Eva Ems und Paul Weber": commas before capitalised words, then "und" (not "Jan
# Roth, CDU, sagte", with no "und").
def joined(words: list[str], index: int, most: int) -> bool:
    """Whether "und" and a capitalised word follow a run: a second person joins the subject."""
    while index + 1 < len(words) and words[index] == "," and words[index + 1][0].isupper():
        index = _capitals_only(words, index + 1, most)
    return (
        words[index : index + 1] == ["und"]
        and words[index + 1 : index + 2] != []
        and (words[index + 1][0].isupper())
    )


def _capitals_only(words: list[str], index: int, most: int) -> int:
    """The end of a run of capitalised words (at most a name's length) from `index`."""
    end = index
    while end < len(words) and end - index < most and words[end][0].isupper():
        end += 1
    return end


# "Minister Jan Roth und Eva Ems" (a role and two names), not "Verein für Sport und Kultur".
def two_named(words: list[str]) -> bool:
    """Whether a role's words join two names with "und": a title names neither alone."""
    return any(
        word == "und" and words[index - 1][0].isupper() and words[index - 2][0].isupper()
        for index, word in enumerate(words)
        if index >= 2 and joined(words, index, 2)
    )


def shared(tokens: list[re.Match[str]], end: int, cue: re.Match[str]) -> bool:
    """Whether a plural cue's subject goes on past its name with "und" and another name."""
    plural_cue = cue.group().split()[0].endswith("en")
    return plural_cue and joined([t.group() for t in tokens], end, _NAME_WORDS)
