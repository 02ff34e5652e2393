"""The extra bad inputs of tests/test_attribution_patterns.py make linear work, counted: 4 times
as long a prefix of each makes at most 4.5 times the calls (tests/work_counts.py).

Each input is read in prefixes, in 256ths of its text: most at 4 and 16 (a 64th and a 16th;
the uncounted first read, at a quarter of the first plus one, differs from both, so nothing it
leaves cached is counted), which keeps this file near 30 seconds of CPU. Four readers look back
over a bounded stretch that a 64th does not yet fill (their ratio falls as the size grows, as a
window filling does; a quadratic's would rise): three German pronouns (`met_pair` reads every
name 2,000 characters back in the paragraph) are read at 8 and 32, the Arabic role carried over
(`arabic_holder` looks 3,000 characters back) at 32 and 128. Inputs shorter than `_SHORT` have
no prefix worth counting."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.test_attribution_patterns import BAD_INPUT
from tests.work_counts import assert_linear

_PARTS = 256
_SHORT = 1000  # characters: "three apostrophes" and the like are read whole by the patterns test
_FIRST = 4  # 256ths read first
_WINDOWED = {  # ... where a 64th does not yet fill a bounded window
    ("de", "5,000 dashed marks after frame colons"): 8,
    ("de", "5,000 bracketed cheers"): 8,
    ("de", "5,000 pronouns right after a fronted adverb"): 8,
    ("ar", "2,500 roles carried over"): 32,
}
COUNTED = [case for case in BAD_INPUT if len(case[2]) >= _SHORT]


@pytest.mark.parametrize(("lang", "name", "text"), COUNTED, ids=[f"{c[0]} {c[1]}" for c in COUNTED])
def test_bad_input_makes_linear_work(lang: str, name: str, text: str) -> None:
    parts = _WINDOWED.get((lang, name), _FIRST)
    assert_linear(lambda k: find_quotes(text[: len(text) * k // _PARTS], lang), parts)
