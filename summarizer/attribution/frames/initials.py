"""Initials before a surname in a run at a cue: "А. Петров", "В. В. Путин", "В.В. Путин"."""

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues

_LETTERS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
_MORE = 2  # initials a name has after the first ("В. В. Путин", "J. R. R. Tolkien")


@functools.cache
def _after() -> re.Pattern[str]:
    """The period after an initial, further initials and the capitalised word they open."""
    letter = r"[^\W\d_]"
    return re.compile(f"\\.[ \\t]*(?:{letter}\\.[ \\t]*){{0,{_MORE}}}({letter}{{2,}})")


# A capital and a period are a sentence's last letter as often as an initial ("в пункте А. Он
# …", "Plan B. The …"): only before a capitalised word that is no function word ("Он", "The",
# "В") is it an initial; the one word is read, so the test stays bounded per token.
def initial_of(text: str, token: re.Match[str], cues: Cues) -> bool:
    """Whether `token` is one capital (or "В.В") whose period leads to the surname it opens."""
    word = token.group()
    if not word.isupper() or _LETTERS.fullmatch(word) is None:
        return False
    after = _after().match(text, token.end())
    return after is not None and after.group(1).istitle() and after.group(1).lower() not in cues.stop


def initials_before(text: str, run: list[re.Match[str]], cues: Cues) -> int:
    """How many tokens right before the run's last word are its initials."""
    count = 0
    while count + 1 < len(run) and initial_of(text, run[-2 - count], cues):
        count += 1
    return count
