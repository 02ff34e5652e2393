"""Linear time checked by counting work, not by timing it (speed targets live in bench/).

`calls_in` runs a callable under `sys.setprofile` and counts every Python function call and every
call into C (a regex search, `str.find`, a sort), so the same input always gives the same count,
however busy the machine is. `assert_linear` runs the input built at n and at 4n repetitions and
asserts that 4 times the input makes at most `LINEAR_FACTOR` times the calls. A linear pass with a
fixed part makes at most about 4 times as many: 1.0-4.3 measured on the 40 converted tests in
session 30 (4.0-4.3 where a bounded window, such as 2,000 characters back in the paragraph, is not
yet full at n). Work that looks back over everything before it at each repetition makes about 16
times as many, so 4.5 leaves room above the highest linear figure without letting a quadratic
pass through (one measured at 5.5 at 50 → 200 repetitions). Counts repeat exactly from run to run
and in any test order; only set order (PYTHONHASHSEED) moves one of them by a few calls. The limit
of counting calls: work inside one C call (a regex that backtracks, `text.count` over a prefix)
counts once; bench/linearity.py times those shapes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from summarizer.attribution.find import find_quotes

LINEAR_FACTOR = 4.5
_COUNTED = frozenset({"call", "c_call"})


def calls_in(run: Callable[[], object]) -> int:
    """How many Python and C function calls `run()` makes (the answer cache of `find_quotes`
    cleared first: a cached answer would count nothing)."""
    find_quotes.cache_clear()
    calls = 0

    def count(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal calls
        if event in _COUNTED:
            calls += 1

    previous = sys.getprofile()
    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(previous)
    return calls - 1  # the call of sys.setprofile itself is counted on the way out


def assert_linear(run: Callable[[int], object], n: int) -> tuple[int, int]:
    """Assert that `run(4 * n)` makes at most `LINEAR_FACTOR` times the calls of `run(n)`.

    `run(n)` builds its input from n repetitions of a shape and reads it; the data files a first
    call loads are loaded by an uncounted run at n // 4 + 1 first. Returns both counts."""
    run(n // 4 + 1)
    small, large = (calls_in(lambda size=size: run(size)) for size in (n, 4 * n))
    assert large <= LINEAR_FACTOR * small, (
        f"{large:,} calls at {4 * n:,} repetitions, {small:,} at {n:,}: "
        f"{large / small:.1f} times as many (linear is at most {LINEAR_FACTOR})"
    )
    return small, large


# A bound for one fixed input read once (tests/test_bad_marks.py: `summarize quotes` on the
# issue's bad inputs): a linear reader makes a fixed number of calls a character (0.1-24 measured
# in session 30); one that rereads what came before at each of 10,000 marks makes thousands.
CALLS_PER_CHARACTER = 50
