"""CPU time of `find_quotes`, for the tests that pin linear time on bad input."""

from __future__ import annotations

import time

from summarizer.attribution.find import find_quotes


def find_seconds(text: str, lang: str = "en", runs: int = 3) -> float:
    """Best of `runs` runs in CPU time: other processes on a busy machine do not count."""
    best = float("inf")
    for _ in range(runs):
        find_quotes.cache_clear()  # a cached answer would time nothing
        started = time.process_time()
        find_quotes(text, lang)
        best = min(best, time.process_time() - started)
    return best
