"""A German document's noun at a cue: the one body whose verb of its stem gave it out."""

# "Der Deutsche Wetterdienst warnte am Abend vor Orkanböen. „…“, hieß es in der Warnung": the
# warning ("Warnung") is the one the body that warned ("warnte") gave out, so its words are the
# Deutsche Wetterdienst's. A noun in "-ung" and a sentence opened by an article, a name of up to
# three capitalised words and a verb of the noun's stem ("warnte", "warnten"); two such names
# before the cue, or a title alone ("Der Minister warnte"), give nobody.

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.word_runs import occurrences
from summarizer.attribution.marks.stretches import found_in

_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Der|Die|Das)\s+"
_NAME = r"((?:[A-ZÄÖÜ][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)\s+"
_WORD = re.compile(r"[\w-]+")
_BREAKS = re.compile(r"[^\w\s-]")  # a sentence's opening, its name and verb hold none


# Read once per article and stem, with where a second name appears, so each cue only compares.
@functools.lru_cache(maxsize=32)
def _issuers(text: str, stem: str) -> tuple[tuple[int, str] | None, float]:
    """The first name that opens a sentence with a verb of `stem`, and where another does."""
    pattern = re.compile(rf"{_OPENS}{_NAME}{re.escape(stem)}(?:te|ten|t|en)\b", re.IGNORECASE)
    first: tuple[int, str] | None = None
    for found in _sentences(pattern, text, stem):
        if not found.group(1)[0].isupper():
            continue
        if first is None:
            first = (found.start(), found.group(1))
        elif found.group(1) != first[1]:
            return first, found.start()
    return first, math.inf


# A sentence is read only where the stem stands (one search of the text for it, not the sentence
# pattern tried at every character): the same sentences, in order (`stretches.found_in`).
def _sentences(pattern: re.Pattern[str], text: str, stem: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, which holds `stem` (case-blind), in `text`."""
    if not _WORD.fullmatch(stem):
        return pattern.finditer(text)
    # each use of the stem, overlapping ones too: those lie in a stretch already read, skipped
    return found_in(pattern, text, occurrences(text, stem, re.IGNORECASE), _BREAKS)


def issued_by(text: str, words: str | None, at: int, cues: Cues) -> str | None:
    """The one body that gave out the document `words` ("Warnung") before `at`, else None."""
    if not words or not cues.nouns_capitalized or " " in words or not words.endswith("ung"):
        return None
    stem = words[:-3].lower()
    first, second = _issuers(text, stem) if len(stem) > 3 else (None, 0.0)
    if first is None or first[0] >= at or second < at or first[1].lower() in cues.titles:
        return None
    return first[1]
