"""The issue's four bad inputs stay linear, counted: 4 times the input makes at most 4.5 times the
calls of `find_quotes` (tests/work_counts.py) in every reader language. Counting misses work inside
one C call (a regex backtracking over the marks); bench/linearity.py times these shapes too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from summarizer.attribution.find import find_quotes
from tests.test_bad_marks import LEAD, MARKS
from tests.work_counts import assert_linear


def _shapes(lang: str) -> dict[str, Callable[[int], str]]:
    """The bad inputs of tests/test_bad_marks.py, built at n (n = 500 there)."""
    opening, closing, said = MARKS[lang]
    unbalanced = f"{opening}Ja{closing}{closing} nein {opening}so. {opening}{opening}gut{closing} "
    return {
        "unbalanced marks": lambda n: unbalanced * n,
        "a quote that never closes": lambda n: f"{said}: {opening}" + "und so weiter " * (10 * n),
        # the same over sentences that name someone: the calls grow with the text ("und so
        # weiter" alone is read inside a few regex calls, which counting cannot see)
        "a quote that never closes, over sentences": lambda n: (
            f"{said}: {opening}" + "Anna Berg kam. Sie sagte nein, Tom Hale ging. " * n
        ),
        "10,000 quotation marks in one paragraph": lambda n: (
            opening * (10 * n) + "x" + closing * (10 * n)
        ),
        "a paragraph of only dashes": lambda n: "—" * (10 * n) + "\n\n" + "- – — " * (4 * n),
    }


CASES = [(lang, name) for lang in MARKS for name in _shapes(lang)]


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_bad_input_makes_linear_work(lang: str, name: str) -> None:
    shape, lead = _shapes(lang)[name], " ".join([LEAD[lang]] * 3)
    assert_linear(lambda n: find_quotes(f"{lead}\n\n{shape(n)}\n\n{lead}", lang), 125)
