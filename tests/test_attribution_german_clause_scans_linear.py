"""The German clause readers look back a few characters from a name, not over the whole text."""
# "Nachdem Olaf Kern …, sagte er" and "Die neue Ministerin Eva Ems kam.": both readers asked what
# stands before the clause by copying all the text before it, once per name, so four times the
# names took sixteen times as long. Each reader is measured alone: `find_quotes` around it would
# hide the copies until texts of megabytes.

from __future__ import annotations

import re
import tracemalloc
from collections.abc import Callable

import pytest

from summarizer.attribution.german.adjective_led import adjective_led
from summarizer.attribution.german.german_subordinate import verb_last_subject

_CASES = [
    ("Nachdem Olaf Kern den Brief gelesen hatte, sagte er. ", verb_last_subject),
    ("Die neue Ministerin Eva Ems kam. ", adjective_led),
]
_NAME = re.compile(r"Nachdem Olaf Kern|Ministerin Eva Ems")


def _peak_bytes(text: str, reader: Callable[[str, re.Match[str]], bool]) -> int:
    """The most memory (bytes, `tracemalloc`) held at once while `reader` reads every name of
    `text`: a reader that copies the text before a name holds that copy, as long as the text."""
    runs = list(_NAME.finditer(text))
    tracemalloc.start()
    try:
        assert all(reader(text, run) for run in runs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# The copies are inside C (a slice), so counting calls cannot see them; the memory they take can.
@pytest.mark.parametrize(("shape", "reader"), _CASES)
def test_the_text_before_a_german_clause_is_read_in_linear_time(
    shape: str, reader: Callable[[str, re.Match[str]], bool]
) -> None:
    reader(shape, next(_NAME.finditer(shape)))  # word lists loaded before anything is measured
    text = shape * 3000
    peak = _peak_bytes(text, reader)
    assert peak < 16_384, f"{peak:,} bytes held reading {len(text):,} characters"
