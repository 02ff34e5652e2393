"""English "would later say": a statement made, told from before it, not one planned."""
# "Ann Roe would later say: “…”", "as he would often say": "would" with an adverb of later or
# repeated time tells what happened (the future in the past, a habit), so the words were said.
# Read only in the few words before a cue (confidence.py `_mood`).

from __future__ import annotations

import re

_NARRATED = re.compile(
    r"(?<!\w)would\s+(?:later|eventually|afterwards?|subsequently|often|sometimes|always|"
    r"frequently|once|repeatedly|routinely|soon)\s+$",
    re.IGNORECASE,
)


def narrated_would(before: str) -> bool:
    """Whether `before` (the words right before a cue) ends in "would" and a narrating adverb."""
    return _NARRATED.search(before) is not None
