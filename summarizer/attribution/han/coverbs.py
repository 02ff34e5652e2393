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


# "书记苗同和县长李明说": 同 and 和 are coverbs ("with") and characters of names alike; a subject
# cut to a lone surname right before one ("苗") leaves the name's end unknown (苗同? 苗同和?) and
# the coverb's object may be a second speaker: nothing confirms a reading, so nobody.
def cut_at_coverb(text: str, words: str, at: int, cue_at: int, cues: Cues) -> bool:
    """Whether a one-character Chinese subject stands right before a coverb in `text`."""
    if len(words) != 1 or not cues.coverbs or cue_at < 0 or words in cues.pronouns:
        return False  # "他对记者说": a pronoun is whole
    found = text.find(words, max(0, at), cue_at)
    return found >= 0 and text[found + 1 : found + 2] in cues.coverbs
