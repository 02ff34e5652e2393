"""Whether a German text is spelled as print was before 1996: older typography follows."""

from __future__ import annotations

import functools
import re

from summarizer import _data

_OLDER = _data.load_toml("german.toml")["older_print"]["spellings"]
_OLDER_SPELLING = re.compile(rf"\b(?:{'|'.join(_OLDER)})\b")


# Cached: each quotation of a text asks, and a str keeps its hash, so a hit costs no scan.
@functools.lru_cache(maxsize=8)
def older_print(text: str) -> bool:
    """Whether the text spells as German print did before 1996 ("daß", "muß", "Theil")."""
    return _OLDER_SPELLING.search(text) is not None
