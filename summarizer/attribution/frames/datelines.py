"""A dateline opening a paragraph ("Madrid, 4 mar (EFE).-"): place, date and agency, no clause."""

# The patterns are those that cut datelines off a paragraph's first sentence
# (data/sentences.toml, summarizer/source/sentences.py): one list for both readers.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.concurrency import once

_REACH = 120  # characters a dateline may take at a paragraph's start


@once
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _data.load_toml("sentences.toml")["datelines"])


def past_dateline(text: str, para_start: int) -> int:
    """Where the first sentence of the paragraph at `para_start` starts past its dateline."""
    head = text[para_start : para_start + _REACH]
    for pattern in _patterns():
        m = pattern.match(head)
        if m:
            return para_start + m.end()
    return para_start
