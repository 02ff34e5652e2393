"""Lines whose capitals name none of the article's people: headlines in title case, credit lines."""

from __future__ import annotations

import functools
import re

from summarizer import _data

_NAMES = _data.load_toml("names.toml")
_MINOR = frozenset(_NAMES["headline_minor_words"])
_CREDITS = tuple(_NAMES["credit_openers"])
_PUNCT = "\"'“”‘’«»()[]:;,.!?—–-"
_OPENING = max(map(len, _CREDITS))  # a line's first characters, lowered: not a whole paragraph
_LINE = re.compile(r"[^\n]+")


# Four words or more, most of them capitalised, and not a list ("Ann Lee, Tom Ruiz, Jo Park and
# Eva Holt met." has its names) nor a sentence: a line ending in a full stop is a headline only in
# title case ("Tom Roe Wins Again."), a sentence where another lower-case word stands in it
# ("Referee Ann Roe disagreed.").
# Once per article: the roster and the surnames' bearers (bearers.py) both read them.
@functools.lru_cache(maxsize=4)
def headings(text: str) -> tuple[tuple[int, int], ...]:
    """Lines in title case ("Obama Sees Insult in Vote") or credits ("Photo by Tom Roe")."""
    found: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        group = line.group()
        if group.lstrip()[:_OPENING].lower().startswith(_CREDITS):
            found.append(line.span())
            continue
        if group.count(",") >= 2:  # a list; most paragraphs: a count is cheaper than words
            continue
        words = group.split()  # the count last, over a list: a generator is slower
        # a sentence's first lower-case word ends the title-case test early: before the count
        if len(words) < 4 or (group.rstrip().endswith(".") and not _title_case(words)):
            continue
        if sum([w[0].isupper() for w in words]) >= 0.7 * len(words):
            found.append(line.span())
    return tuple(found)  # cached: not to be changed by a caller


def _title_case(words: list[str]) -> bool:
    """Whether no lower-case word but a headline's short function words stands among `words`."""
    for word in words:
        core = word.strip(_PUNCT)
        if core[:1].islower() and core.lower() not in _MINOR:
            return False
    return True
