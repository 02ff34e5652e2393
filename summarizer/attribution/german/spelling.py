"""Whether a German text is spelled as print was before 1996: older typography follows."""

from __future__ import annotations

import functools
import re
from typing import overload

from summarizer import _data

_OLDER = _data.load_toml("german.toml")["older_print"]["spellings"]
_OLDER_SPELLING = re.compile(rf"\b(?:{'|'.join(_OLDER)})\b")
_KEPT = 8  # the rewrites remembered: as many as older_print caches
_SOURCES: dict[str, str] = {}  # a text whose marks were rewritten -> the text it was made from


# Cached: each quotation of a text asks, and a str keeps its hash, so a hit costs no scan. Most
# texts hold none of the words, so each is looked for as a plain string (a scan in C) and tried as
# a whole word only where it stands: the same answer as one search for the pattern, which tried
# a word boundary at every character of the text (about a third less time on German articles).
# A text whose marks were rewritten (`same_words`) answers as the text it was made from.
def older_print(text: str) -> bool:
    """Whether the text spells as German print did before 1996 ("daß", "muß", "Theil")."""
    return _older(_SOURCES.get(text, text))


@functools.lru_cache(maxsize=8)
def _older(text: str) -> bool:
    """Whether one of the older spellings stands in `text` as a whole word."""
    return any(_whole_word(text, word) for word in _OLDER)


# The words are letters only, so a mark set for a mark ("»" as "„") or two as one ("''" as "“")
# moves no word boundary: the rewrite spells as its source, and the scan is not run again.
@overload
def same_words(rewrite: str, source: str) -> str: ...
@overload
def same_words(rewrite: None, source: str) -> None: ...
def same_words(rewrite: str | None, source: str) -> str | None:
    """`rewrite` (returned), remembered as spelled as `source`: only marks differ."""
    first = _SOURCES.get(source, source)  # a rewrite of a rewrite: the first text, no chain
    if rewrite is not None and rewrite != first:
        _SOURCES.pop(rewrite, None)
        _SOURCES[rewrite] = first
        while len(_SOURCES) > _KEPT:
            del _SOURCES[next(iter(_SOURCES))]
    return rewrite


def _whole_word(text: str, word: str) -> bool:
    """Whether `word` (a plain string, no pattern) stands somewhere in `text` as a whole word."""
    at = text.find(word)
    while at >= 0:
        if _OLDER_SPELLING.match(text, at):
            return True
        at = text.find(word, at + 1)
    return False
