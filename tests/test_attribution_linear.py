"""An article that names many titled people stays linear: no role weighs every earlier name."""

from __future__ import annotations

import time
from itertools import product

from summarizer.attribution.find import find_quotes

_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi")


def _senators(n: int) -> str:
    """n senators, each named once with the title, then quoted as "the senator"."""
    names = ("".join(parts).title() for parts in product(_SYLLABLES, repeat=4))
    return "".join(
        f"Senator John {name} spoke on Monday. “We will go on,” the senator said.\n\n"
        for name, _ in zip(names, range(n), strict=False)
    )


def _seconds(text: str) -> float:
    """Best of two runs in CPU time: other processes on a busy machine do not count."""
    runs = []
    for _ in range(2):
        find_quotes.cache_clear()  # a cached answer would time nothing
        started = time.process_time()
        find_quotes(text, "en")
        runs.append(time.process_time() - started)
    return min(runs)


# at 4n paragraphs a linear pass takes 4 times as long; one that weighs every earlier senator at
# each "the senator said" about 16 (15 measured before the fix)
def test_a_role_quoted_after_many_people_of_its_title_takes_linear_time() -> None:
    small, large = (_seconds(_senators(size)) for size in (800, 3200))
    assert large / small < 8, f"{small:.2f} s at 800 paragraphs, {large:.2f} s at 3200"
