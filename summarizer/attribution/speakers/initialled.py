"""Full names written with a middle initial ("Jo A. Kaaaa"), which the roster's runs cut at the
initial's full stop: bearers of a surname a bare surname may stand for too."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.speakers.roster import Placed

_INITIALLED = re.compile(r"\S+(?:[ \t]+\S+)*[ \t]+[A-Z]\.[ \t]+\S+")


# Once per article: one scan of its runs, then a look-up per quotation.
@functools.lru_cache(maxsize=4)
def initialled(text: str) -> dict[str, Placed]:
    """The article's names with a middle initial, with where each stands, by surname."""
    found: dict[str, Placed] = defaultdict(list)
    for match in single_run().finditer(text):
        if _INITIALLED.fullmatch(match.group()):
            found[match.group().rsplit(None, 1)[-1]].append((match.start(), match.group()))
    return found


def middle_initial(word: str) -> bool:
    """Whether `word` is a middle initial ("A."), which only a person's name holds."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."
