"""Chinese adverbs and coverbs between a subject and its verb, where the name before them ends."""

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues


@functools.lru_cache(maxsize=16)
def any_of(words: tuple[str, ...], after: str = "") -> re.Pattern[str]:
    """Any of `words` (then `after`): one search finds the first of them, not one per word."""
    return re.compile(f"(?:{'|'.join(map(re.escape, words)) or '(?!)'}){after}")


# "苗同和说": a coverb (和, 向, 对 …) takes an object before the verb ("和他说", "向记者说"); with
# only adverbs or nothing after it there is no object, so it is the name's last character, and the
# name runs on to the next adverb ("苗同和也说" -> 苗同和).
def first_skip(segment: str, cues: Cues) -> re.Match[str] | None:
    """The first adverb or preposition after a segment's first character that ends a name."""
    skip = any_of(cues.skip)
    found = skip.search(segment, 1)
    # "苗同和说": 同 and 和 both coverbs, neither with an object; each search starts further on
    while found and found.group() in cues.coverbs and objectless(segment, found.end(), cues):
        found = skip.search(segment, found.end())
    return found


def objectless(segment: str, at: int, cues: Cues) -> bool:
    """Whether only adverbs (or nothing) stand from `at` to the end of `segment`."""
    skip = any_of(cues.skip)
    while at < len(segment):
        found = skip.match(segment, at)
        if found is None or found.end() == at:
            return False
        at = found.end()
    return True
