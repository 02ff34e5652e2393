"""Older German speech without marks: an exclamation or question right before an inverted cue."""
# "Was für ein Unglück! rief die Menge." Old print often sets the words without marks; the verb
# after the "!" goes on in lower case, so the sentence before it is that verb's quotation.

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.word_runs import matches_from, occurrences
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.marks.unmarked import inside_marks, paragraph_breaks, unmarked_span

_STOP = re.compile(r"[!?][ \t]+(?=[a-zäöüß])")
_OPENERS = _data.load_toml("german.toml")["older_print"]["incise_subjects"]
_SUBJECT = re.compile(rf"\s+(?:[A-ZÄÖÜ]|(?:{'|'.join(_OPENERS)})\b)")
_BEFORE = re.compile(r"[.!?:;\"“”„«»\n]")
_REACH = 200
_WORDS = 2


def exclaimed(text: str, marked: list[Span], cues: Cues) -> Iterator[Span]:
    """Spans of what ends in "!" or "?" before a lower-case reporting verb and its subject."""
    if not cues.nouns_capitalized:
        return
    opens = [s.open_at for s in marked]
    gaps = paragraph_breaks(text)
    # tried only where "!" or "?" stands: the same matches as a scan of every character
    starts = heapq.merge(occurrences(text, "!"), occurrences(text, "?"))
    for stop in matches_from(text, _STOP, starts):
        at = stop.start()
        verb = cues.verbs.match(text, stop.end())
        if verb is None or not verb.group().islower() or " " in verb.group():
            continue
        if not _SUBJECT.match(text, verb.end()):
            continue  # "Halt! sagte nichts": no subject after the verb
        if inside_marks(marked, opens, at):
            continue
        start = _sentence_start(text, at)
        if start is not None:
            yield unmarked_span(text, start, at + 1, gaps)  # closed by its "!" or "?"


def _sentence_start(text: str, at: int) -> int | None:
    """Where the sentence ending at `at` starts, if it is no longer than the reach and has words."""
    head = text[max(0, at - _REACH) : at]
    ends = list(_BEFORE.finditer(head))
    if not ends and at > _REACH:
        return None
    start = at - len(head) + (ends[-1].end() if ends else 0)
    start += len(text[start:at]) - len(text[start:at].lstrip())
    words = text[start:at].split()
    return start if len(words) >= _WORDS and text[start].isupper() else None
