"""Regular expressions compiled at their first use, not at import."""
# A character class over the Han block ("[\u4e00-\u9fff]") takes about a millisecond to compile
# (the re module marks its 21,000 characters one by one), and most articles never reach the
# Chinese and Japanese readers that hold such patterns: compiling them at import cost every
# process 13 ms of CPU, a tenth of importing find_quotes.

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summarizer.concurrency import once


def lazy(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that returns `re.compile(source, flags)`, compiled at its first call."""
    return once(functools.partial(re.compile, source, flags))
