"""A list after a colon frame is no speech: "Der Minister nannte die Gründe: Kosten, Zeit und
Personal.", "nannte die Orte: Kairo, Chartum und Sansibar." The words after the colon are a
sentence of nothing but capitalised items set apart by commas, the last joined by "und", "oder"
or "sowie": no verb, so no one's words, as "notiert: Weizen ......" is a table (review32)."""

from __future__ import annotations

import re

_ITEM = r"[A-ZÄÖÜ][\w'’-]*(?:[ \t]+[A-ZÄÖÜ][\w'’-]*){0,2}"
_LIST = re.compile(rf"{_ITEM}(?:,[ \t]*{_ITEM})*,?[ \t]+(?:und|oder|sowie)[ \t]+{_ITEM}[ \t]*\.?")
_LONGEST = 200  # a list of names is short: a bounded match


def listed(text: str, start: int, end: int, nouns_capitalized: bool) -> bool:
    """Whether the words from `start` to `end` are only a list of capitalised items (German)."""
    if not nouns_capitalized or end - start > _LONGEST or "," not in text[start:end]:
        return False
    return _LIST.fullmatch(text, start, end) is not None
