"""The German clause readers look back a few characters from a name, not over the whole text."""
# "Nachdem Olaf Kern …, sagte er" and "Die neue Ministerin Eva Ems kam.": both readers asked what
# stands before the clause by copying all the text before it, once per name, so four times the
# names took sixteen times as long. Each reader is timed alone: `find_quotes` around it would
# hide the copies until texts of megabytes.

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from summarizer.attribution.german.adjective_led import adjective_led
from summarizer.attribution.german.german_subordinate import verb_last_subject

_CASES = [
    ("Nachdem Olaf Kern den Brief gelesen hatte, sagte er. ", verb_last_subject),
    ("Die neue Ministerin Eva Ems kam. ", adjective_led),
]
_NAME = re.compile(r"Nachdem Olaf Kern|Ministerin Eva Ems")


def _seconds(text: str, reader: Callable[[str, re.Match[str]], bool]) -> float:
    """CPU seconds to ask `reader` about every name of `text`, best of two runs."""
    runs = list(_NAME.finditer(text))
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        assert all(reader(text, run) for run in runs)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(("shape", "reader"), _CASES)
def test_the_text_before_a_german_clause_is_read_in_linear_time(
    shape: str, reader: Callable[[str, re.Match[str]], bool]
) -> None:
    small, large = (_seconds(shape * n, reader) for n in (40_000, 160_000))
    assert small >= 0.05, f"{small:.3f} s at 40000 repeats: too fast to time"
    assert large / small < 8, f"{small:.2f} s at 40000 repeats, {large:.2f} s at 160000"
