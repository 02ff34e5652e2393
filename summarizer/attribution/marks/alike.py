"""German quotations read alike whatever marks set them: »…«, «…», "…", “…” as „…“.

The marks are paired first (`marks.scan`, which knows every convention); then each pair's marks
are rewritten one for one as the German low-high pair (and the single guillemets of a quotation
nested in guillemets, ›…‹ in »…« or ‹…› in «…», as ‚…‘), so that the rules after the pairing,
many of which name „ and “ in their patterns, see one convention. Offsets do not change: the
quotations found in the rewritten text are the original's at the same places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from summarizer.attribution.marks.lines import one_text
from summarizer.attribution.marks.marks import Span

_LOW, _HIGH = "„", "“"  # the German double marks every other convention is read as
_INNER_LOW, _INNER_HIGH = "‚", "‘"
SET = frozenset((_LOW, _HIGH, _INNER_LOW, _INNER_HIGH))  # the only characters a rewrite writes
_DOUBLE_OPENERS = frozenset('»«“"')
_DOUBLE_CLOSERS = frozenset('«»”"“')
_DOUBLES = re.compile('[„“”»«"‟]')  # any double mark: one search of a quotation for all
_SINGLE_GUILLEMETS = frozenset("›‹")  # each opens or closes, as the double ones around it set
_GUILLEMET = re.compile("[›‹]")
# The single guillemet that opens a quotation nested in one the double guillemet opens.
_NESTED = {"»": "›", "«": "‹"}


def alike(text: str, spans: Iterable[Span]) -> str | None:
    """`text` with the marks of `spans` (top-level quotations) set as „…“ (single ones as
    ‚…‘), one character for one; None when no mark needs it."""
    chars: dict[int, str] = {}  # the marks rewritten, by offset
    for span in spans:
        if not span.marked or _DOUBLES.search(text, span.start, span.end):
            continue  # a double mark inside („…“ in »…«, “…“ in “…“) keeps the pairing's marks
        opener = text[span.open_at : span.open_at + 1]
        closer = text[span.close_at : span.close_at + 1]
        if opener in _DOUBLE_OPENERS or opener in _SINGLE_GUILLEMETS:
            double = opener in _DOUBLE_OPENERS
            chars[span.open_at] = _LOW if double else _INNER_LOW
            if closer in (_DOUBLE_CLOSERS if double else _SINGLE_GUILLEMETS):
                chars[span.close_at] = _HIGH if double else _INNER_HIGH
            if opener in _NESTED:
                _nested(text, chars, span, _NESTED[opener])
        elif opener == _LOW and closer in _DOUBLE_CLOSERS and closer != _HIGH:
            chars[span.close_at] = _HIGH  # „…" and „…” as „…“
    return one_text(_rewritten(text, chars)) if chars else None


# Slices between the marks: a list of every character would cost ten times as much.
def _rewritten(text: str, chars: dict[int, str]) -> str:
    """`text` with the character at each offset of `chars` replaced by its value there."""
    pieces: list[str] = []
    done = 0
    for at in sorted(chars):
        pieces += (text[done:at], chars[at])
        done = at + 1
    pieces.append(text[done:])
    return "".join(pieces)


def _nested(text: str, chars: dict[int, str], span: Span, opening: str) -> None:
    """The single guillemets inside `span` (›…‹ in »…«, `opening` ›) set as ‚…‘ in `chars`."""
    depth = 0
    for found in _GUILLEMET.finditer(text, span.start, span.end):  # the words between skipped
        at = found.start()
        if text[at] == opening:
            chars[at], depth = _INNER_LOW, depth + 1
        elif depth:
            chars[at], depth = _INNER_HIGH, depth - 1


# The rewritten text is read only where its marks pair as the original's did: a mark the first
# scan left unpaired (»Wir sind bereit. … „Das wird teuer.“) would pair anew with a rewritten one
# and swallow the narration between.
def same_pairs(first: Sequence[Span], again: Sequence[Span]) -> bool:
    """Whether `again` (the rewritten text's quotations) pairs the marks as `first` does."""
    return [(s.open_at, s.close_at) for s in first] == [(s.open_at, s.close_at) for s in again]
