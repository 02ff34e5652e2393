"""Whole-text look-ups that answer exactly as a regular expression scanned over the text, its
pattern tried only where the literal it holds is written.

A scan of the whole text per name or noun made an article of many people quadratic, and its
patterns (a run of word characters before the literal) tried every position of the text
(despeed30). tests/test_attribution_despeed30.py compares each with its pattern.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterable, Iterator


@functools.lru_cache(maxsize=256)  # a noun's uses are looked up at each of its cues
def run_ends(text: str, suffix: str, word: str) -> tuple[int, ...]:
    """Where each match of `(?<![\\w-])(?:[\\w-]*SUFFIX|WORD)(?![\\w-])` ends, in text order
    (SUFFIX and WORD escaped): a run of word characters and hyphens that ends in `suffix` or is
    `word`. Tried only at the start of a run that holds one of them."""
    pattern = re.compile(rf"(?<![\w-])(?:[\w-]*{re.escape(suffix)}|{re.escape(word)})(?![\w-])")
    written = heapq.merge(occurrences(text, suffix), occurrences(text, word))
    return tuple(m.end() for m in matches_from(text, pattern, run_starts(text, written)))


def _is_word(char: str) -> bool:
    """Whether `char` is a word character of `\\w` (str patterns: alphanumeric or "_")."""
    return char.isalnum() or char == "_"


def words_before(text: str, phrase: str) -> list[str]:
    """Group 1 of each match of `(\\w+) PHRASE(?!\\w)` (PHRASE escaped) in `text`, in order."""
    pattern = re.compile(rf"(\w+) {re.escape(phrase)}(?!\w)")
    needle, words, done = " " + phrase, [], 0  # matches never overlap: the next starts at `done`
    at = text.find(needle)
    while at >= 0:
        start = at  # the word run right before the space; a match can only start there
        while start > done and _is_word(text[start - 1]):
            start -= 1
        found = pattern.match(text, start) if start < at else None
        if found is not None:
            words.append(found[1])
            done = found.end()
        at = text.find(needle, max(at + 1, done))
    return words


def matches_from(text: str, pattern: re.Pattern[str], starts: Iterable[int]) -> list[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, tried only at `starts`: the same when every
    match can only start at one of them (and none is empty)."""
    found: list[re.Match[str]] = []
    done = 0  # matches never overlap: the next starts where the last ended, or after
    for start in sorted(set(starts)):
        match = pattern.match(text, start) if start >= done else None
        if match is not None and match.end() == match.start():
            return list(pattern.finditer(text))  # an empty match: finditer's own rules
        if match is not None:
            found.append(match)
            done = match.end()
    return found


def occurrences(text: str, literal: str, flags: int = 0) -> Iterator[int]:
    """Where `literal` starts in `text`, overlapping uses too (`flags`: re.IGNORECASE or 0)."""
    if not literal:
        yield from range(len(text) + 1)
        return
    if not flags & re.IGNORECASE:  # a plain search
        at = text.find(literal)
        while at >= 0:
            yield at
            at = text.find(literal, at + 1)
        return
    find = re.compile(re.escape(literal), re.IGNORECASE)
    lowered = _lowered(text) if _PLAIN.issuperset(literal) else None
    if lowered is not None:  # a plain search of the text in lower case, each place checked
        at = lowered.find(literal)
        while at >= 0:
            if find.match(text, at):
                yield at
            at = lowered.find(literal, at + 1)
        return
    found = find.search(text)
    while found is not None:
        yield found.start()
        found = find.search(text, found.start() + 1)


# A case-blind search scans in Python's regex engine (ten times a plain search): a text searched
# for several words is put in lower case once, and each word (lower case, of these letters) is
# looked for there. Only "İ", "ı" and "ſ" match one of these letters case-blind but lower to
# another character (a test checks every character): a text with one is searched as before, as is
# one that lower case makes longer (each other character lowers to one, in place). (despeed31)
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
ODD_CASES = "İıſ"


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """`text` in lower case, each character where it stands, when no odd case is in it."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(odd in text for odd in ODD_CASES):
        return None
    return lowered


def run_start(text: str, at: int, also: str = "-") -> int:
    """Where the run of word characters (and `also`) that reaches up to `at` starts."""
    while at > 0 and (_is_word(text[at - 1]) or text[at - 1] in also):
        at -= 1
    return at


def run_starts(text: str, ats: Iterable[int], also: str = "-") -> Iterator[int]:
    """`run_start` of each of `ats` (in increasing order), each character read once: a long run
    that holds many of them is not read back again from each (linear)."""
    last_at, last_start = -1, -1
    for at in ats:
        start = at
        while (
            start > 0
            and start != last_at
            and (_is_word(text[start - 1]) or text[start - 1] in also)
        ):
            start -= 1
        start = last_start if start == last_at else start  # the run goes on from the last one
        last_at, last_start = at, start
        yield start


def in_runs(text: str, pattern: re.Pattern[str], literal: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with `(?<![\\w-])[\\w-]*` and `literal`
    (escaped, under the pattern's case flag): tried only where a run holding `literal` starts."""
    starts = run_starts(text, occurrences(text, literal, pattern.flags))
    return matches_from(text, pattern, starts)


def found_at(text: str, pattern: re.Pattern[str], literals: Iterable[str]) -> bool:
    """Whether `pattern.search(text)` finds a match, for a pattern each of whose matches starts
    with one of `literals` (look-behinds aside): tried only where one is written (despeed31)."""
    return any(pattern.match(text, at) for word in literals for at in occurrences(text, word))
