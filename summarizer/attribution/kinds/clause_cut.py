"""Where a quotation's own clause starts before it: after the last clause mark within reach."""
# "Georg Müller, der von einem „Skandal“ sprach": the words from the comma to the opening mark
# are the clause that governs the quotation; several kinds read them (german_governed,
# german_titles, judged).

from __future__ import annotations

import functools
import re

CLAUSE_MARKS = re.compile(r"[,;:.!?()\n–—„“”\"»«]")
"""Punctuation that ends a clause, the marks of another quotation among it."""


def clause_cut(text: str, at: int, reach: int, marks: re.Pattern[str] = CLAUSE_MARKS) -> int:
    """Where the clause up to `at` starts: past its last of `marks` (a class of single
    characters) in `reach`, else reach back."""
    start = max(0, at - reach)
    last = _last_of(marks).match(text, start, at)  # the regex engine reads back, no Python loop
    return last.end() if last else start


@functools.cache
def _last_of(marks: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern whose match from a point ends right after the last of `marks` before its end."""
    return re.compile(rf"(?s:.*)(?:{marks.pattern})")
