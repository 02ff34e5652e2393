"""Text as the rules read it: one object per content, a long s as s, Arabic without its vowel
marks, a wrapped paragraph's lines as one paragraph."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from summarizer.attribution.lexicon.word_runs import found_at
from summarizer.attribution.marks.hyphens import HYPHENED
from summarizer.attribution.marks.oldprint import LONG_S

# Text set in lines with no blank line between paragraphs reaches the rules with every line a
# paragraph of its own. When most of its paragraph breaks fall inside a sentence (after a letter,
# a figure, a comma, a semicolon or a hyphen: -, old print's =, ¬), its lines are wrapped: a break
# after a line as long as most lines, or inside a sentence, joins two lines of one paragraph (a
# space), and a hyphen at a line's end before a lower-case letter divides one word (both go). Lines
# most of which end in a comma are a list's items, each a paragraph.
_BREAK = re.compile(r"\n\n(?=\S)")
_INSIDE = re.compile(r"[\w,;=¬-]")
_HYPHENS = frozenset("-=¬")
_LISTED = frozenset(",;")  # a wrapped line mostly breaks inside a phrase; a list's after a comma
_WRAPPED = 0.6  # of the breaks fall inside a sentence: a few headings or short lines aside
_LEAST = 8  # paragraph breaks: a short text's few ends say nothing
_FULL = 0.8  # of the median line: a wrapped line, not the last of its paragraph
# Arabic short vowels, tanwin, shadda and sukun (and the dagger alif) are combining marks, which
# `\w` does not match: a word written with one ("العُماني") would read as two. Mostly unwritten,
# they never tell one word from another for the rules, so the rules read the text without them.
_VOWEL_MARKS = re.compile("[\u064b-\u065f\u0670]")


# The passes keep what they read of a whole text in caches keyed on it (`functools.lru_cache`);
# a str keeps its hash, and a look-up with the same object compares nothing. An equal text made
# anew (`alike`'s rewrite of the marks, an article read again) finds the earlier call's entries
# only by comparing the two texts in full at every look-up: 1 MB of news read as German took
# 1.4 s the first time and 3.4 s the second. Interned, equal texts are one object (an interned
# string still goes with its last reference).
def one_text(text: str) -> str:
    """The live object equal to `text` (`text` itself when there is none)."""
    return sys.intern(text)


def readable(text: str, german: bool = False) -> tuple[str, Sequence[int]] | None:
    """`text` as the rules read it and each of its offsets in `text`; None if it reads as is.
    `german`: a hyphen and a space inside a word divide it too (`hyphens.HYPHENED`)."""
    plain = text.replace(LONG_S, "s") if LONG_S in text else text  # one character for one
    first: Sequence[int] = range(len(text) + 1)
    if _VOWEL_MARKS.search(plain):
        first = [at for at, char in enumerate(plain) if not _VOWEL_MARKS.match(char)]
        first.append(len(plain))
        plain = _VOWEL_MARKS.sub("", plain)
    if _may_divide(plain) and found_at(plain, _DIVIDED, ("= ", "¬ ")):
        plain, first = _undivided(plain, first, _DIVIDED)
    if german and "- " in plain and found_at(plain, HYPHENED, ("- ",)):
        plain, first = _undivided(plain, first, HYPHENED)
    breaks = _wrapped(plain)
    if not breaks:
        return None if plain is text else (plain, first)
    pieces: list[str] = []
    kept: list[int] = []
    done = 0
    for at in breaks:
        divided = plain[at - 1] in _HYPHENS and plain[at - 2 : at - 1].isalpha()
        cut = at - 1 if divided and plain[at + 2].islower() else at
        pieces += (plain[done:cut], "" if divided else " ")
        kept += range(done, cut if divided else cut + 1)
        done = at + 2
    pieces.append(plain[done:])
    kept += range(done, len(plain) + 1)
    return "".join(pieces), [first[at] for at in kept]


# Old print divides a word at a line's end with `=` or `¬`, and a transcription that runs the
# lines together keeps the mark and a space (`erklär= te`): the rules read the word whole. Not
# before a conjunction, where the mark stands for a compound's shared part (`Spiel= und …`).
_DIVIDED = re.compile(r"(?<=[^\W\d_])[=¬] (?=[a-zäöüß])(?!(?:und|oder|bis|sowie|wie|als)\b)")


def _may_divide(plain: str) -> bool:
    """Whether a mark and a space stand in `plain`: one character is found fastest, and most
    texts hold neither mark, so the look-behind scan over the whole text is seldom run."""
    return any(mark in plain and f"{mark} " in plain for mark in "=¬")


def _undivided(plain: str, first: Sequence[int], divided: re.Pattern[str]) -> tuple[str, list[int]]:
    """`plain` with each word `divided` marks whole, and the offset in the text of each."""
    kept: list[int] = []
    done = 0
    for mark in divided.finditer(plain):
        kept += first[done : mark.start()]
        done = mark.end()
    kept += first[done:]
    return divided.sub("", plain), kept


# A wrapped paragraph's last line is the one short line that ends a sentence: a break after a
# line as long as most lines is inside the paragraph, whatever its last character.
def _wrapped(text: str) -> list[int]:
    """The paragraph breaks of `text` that fall between lines of one wrapped paragraph."""
    ends = [at.start() for at in _BREAK.finditer(text) if at.start() > 1]
    inside = {at for at in ends if _INSIDE.match(text, at - 1)}
    if len(ends) < _LEAST or len(inside) < _WRAPPED * len(ends):
        return []  # most texts: paragraphs that end their sentences
    listed = sum(1 for at in inside if text[at - 1] in _LISTED)
    if listed > len(inside) - listed:
        return []  # more lines end in a comma than inside a phrase: a list, one item a line
    starts = [0, *(at + 2 for at in ends)]
    widths = sorted(end - start for start, end in zip(starts, ends, strict=False))
    full = _FULL * widths[len(widths) // 2]
    return [
        at for at, start in zip(ends, starts, strict=False) if at - start >= full or at in inside
    ]
