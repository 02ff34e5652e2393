"""Who said what: direct quotations with character offsets, attributed to their speakers."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from summarizer.lang import family
from summarizer.quotes.cues import Cues, cues_for
from summarizer.quotes.kinds import is_title, judge
from summarizer.quotes.speakers import Attribution, Span, attribute


@dataclass(frozen=True)
class Quote:
    """A direct quotation: `text == source[start:end]` (inside the marks), and who said it.

    `speaker` is the fullest name the article uses (None: unknown), `mention` the words at the
    cue, `cue` the reporting word; `confidence` is "high" only when a reporting cue with a
    named subject governs the quotation, and `basis` says how the speaker was found ("cue",
    "cue_after", "colon_intro", "pronoun", "carried", "interview_turn", "none"). `kind` is
    "speech", "writing" (a letter, a tweet) or "title" (a name, a work, a scare quote: nobody
    said it); `mood` is "planned" for a statement announced, not made ("will say");
    `marked` is False for a sentence of an unmarked speech that an explicit frame introduces
    ("以下是他的演說全文：", "said in a statement:")."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None
    kind: str = "speech"
    mention: str | None = None
    confidence: str = "low"
    basis: str = "none"
    mood: str = "said"
    marked: bool = True


# Opening mark -> the marks that may close it (a straight mark closes a curly one: mixed
# marks are common in pasted text, and narrative must not run on as speech).
_CLOSERS = {
    "“": '”"',
    "„": '“”"',
    "‚": "‘’",
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
    "‘": "’",
    '"': '"”',
    "'": "'",
}
_OPENERS = {
    c: "".join(o for o, cs in _CLOSERS.items() if c in cs) for c in "".join(_CLOSERS.values())
}
_MARK = re.compile("''|[“”„‚«»「」『』‘’\"']")
_DOUBLED = "''"  # two apostrophes stand for a double quotation mark (''Yes,'' he said)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_CONTENT = re.compile(r"\w", re.UNICODE)
# Marks that double as apostrophes: only quotes when their neighbours say so.
_APOSTROPHES = frozenset("‘’'‚")
_FRAME_COLON = re.compile("[:：]")
_FRAME_REACH = 200
_LINE = re.compile(r"\n")


@functools.lru_cache(maxsize=64)
def find_quotes(text: str, lang: str) -> tuple[Quote, ...]:
    """Every direct quotation in `text` (cleaned article text in language `lang`), in order;
    cached, since the engines and the verifier ask about the same text."""
    cues = cues_for(family(lang))
    marked = list(_scan(text))
    frames = list(_frames(text, marked, cues))
    spans = sorted([*_framed(marked, frames), *_speeches(text, marked, frames, cues)], key=_order)
    titles = [is_title(text, s, cues) for s in spans]
    found = _one_name_each(attribute(text, spans, titles, lang))
    return tuple(_quote(text, s, a, t, cues) for s, a, t in zip(spans, found, titles, strict=True))


def _one_name_each(found: tuple[Attribution, ...]) -> list[Attribution]:
    """One person, one name: a speaker whose words all belong to exactly one longer speaker
    name in the article ("Cameron", "David Cameron") takes that fullest form."""
    names = {a.speaker for a in found if a.speaker}
    fuller: dict[str, str] = {}
    for name in names:
        words = set(name.split())
        longer = {n for n in names if len(n) > len(name) and words < set(n.split())}
        if len(longer) == 1:
            fuller[name] = longer.pop()
    return [replace(a, speaker=fuller[a.speaker]) if a.speaker in fuller else a for a in found]


def _quote(text: str, span: Span, found: Attribution, title: bool, cues: Cues) -> Quote:
    seen = judge(text, span, found, title, cues)
    return Quote(
        text[span.start : span.end],
        span.start,
        span.end,
        found.speaker if seen.guess else None,
        found.cue,
        seen.kind,
        found.mention,
        seen.confidence,
        found.basis if seen.guess else "none",
        seen.mood,
        span.marked,
    )


def _order(span: Span) -> int:
    return span.start


def _frames(text: str, marked: list[Span], cues: Cues) -> Iterator[tuple[int, int, int]]:
    """(colon, speech start, speech end) of each explicit frame followed by unmarked speech."""
    opens = [s.open_at for s in marked]
    reached = 0
    for colon in _FRAME_COLON.finditer(text):
        at = colon.start()
        inside = bisect_left(opens, at) - 1
        if at < reached or (inside >= 0 and marked[inside].close_at > at):
            continue
        clause = _clause_start(text, at, cues)
        frame = cues.frame.search(text, clause, at)
        region = _region(text, at, frame.group().strip() if frame else "", cues)
        if frame and region:
            reached = region[1]
            yield at, *region


def _clause_start(text: str, colon: int, cues: Cues) -> int:
    start = max(0, colon - _FRAME_REACH, text.rfind("\n", 0, colon) + 1)
    for stop in cues.sentence_end.finditer(text, start, colon):
        start = stop.end()
    return start


def _region(text: str, colon: int, frame: str, cues: Cues) -> tuple[int, int] | None:
    """Where the speech after a frame's colon runs: the rest of its paragraph, the next
    paragraph when the colon ends one, the rest of the text for a "full text" frame."""
    gap = _PARAGRAPH.search(text, colon)
    start, end = colon + 1, gap.start() if gap else len(text)
    if not text[start:end].strip() and gap:
        start = gap.end()
        after = _PARAGRAPH.search(text, start)
        end = after.start() if after else len(text)
    if any(full in frame.lower() for full in cues.frame_full):
        end = len(text)
    start, end = _trim(text, start, end) or (end, end)
    if start >= end or text[start] in _CLOSERS:
        return None
    return start, end


def _framed(marked: list[Span], frames: list[tuple[int, int, int]]) -> Iterator[Span]:
    """The quotations, each knowing the frame (colon offset) whose speech it sits in."""
    starts = [f[1] for f in frames]
    for span in marked:
        index = bisect_left(starts, span.open_at + 1) - 1
        inside = index >= 0 and span.open_at < frames[index][2]
        yield replace(span, frame=frames[index][0]) if inside else span


def _speeches(
    text: str, marked: list[Span], frames: list[tuple[int, int, int]], cues: Cues
) -> Iterator[Span]:
    """The sentences of each framed speech, cut around the quotations inside it."""
    opens = [s.open_at for s in marked]
    for colon, start, end in frames:
        pos = start
        for span in marked[bisect_left(opens, start) : bisect_left(opens, end)]:
            yield from _sentences(text, pos, span.open_at, colon, cues)
            pos = span.close_at + 1
        yield from _sentences(text, pos, end, colon, cues)


def _sentences(text: str, start: int, end: int, colon: int, cues: Cues) -> Iterator[Span]:
    pos = start
    stops = [*cues.sentence_end.finditer(text, start, end), *_LINE.finditer(text, start, end)]
    for stop in sorted(stops, key=lambda m: m.start()):
        piece = _trim(text, pos, stop.end())
        if piece:
            yield Span(*piece, *piece, start, end, marked=False, frame=colon)
        pos = stop.end()
    piece = _trim(text, pos, end)
    if piece:
        yield Span(*piece, *piece, start, end, marked=False, frame=colon)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for sep in _PARAGRAPH.finditer(text):
        yield pos, sep.start()
        pos = sep.end()
    yield pos, len(text)


def _scan(text: str) -> Iterator[Span]:
    """Top-level quotations paragraph by paragraph; an unclosed quote continues only when the
    next paragraph reopens it with the same mark."""
    paragraphs = list(_paragraphs(text))
    continued = False
    for index, (start, end) in enumerate(paragraphs):
        pairs, open_at = _pair_marks(text, start, end)
        if open_at is not None and not _reopens(text, paragraphs, index, text[open_at]):
            open_at = None
        for opener, closer in _top_level(pairs, open_at, end):
            inner = _trim(text, opener + 1 + text.startswith(_DOUBLED, opener), closer)
            closer += text.startswith(_DOUBLED, closer)
            if inner is not None:
                yield Span(inner[0], inner[1], opener, closer, start, end, continued)
            continued = False
        continued = open_at is not None


def _reopens(text: str, paragraphs: list[tuple[int, int]], index: int, mark: str) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index + 1]
    return text[start:end].lstrip().startswith(mark)


def _pair_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Matched (open, close) mark positions in one paragraph, and the outermost unclosed opener."""
    stack: list[int] = []
    open_marks: Counter[str] = Counter()
    pairs: list[tuple[int, int]] = []
    for match in _MARK.finditer(text, start, end):
        pos, mark = match.start(), _mark_at(text, match.start())
        depth = _closes(text, stack, open_marks, pos, mark)
        if depth is not None:
            pairs.append((stack[depth], pos))
            open_marks.subtract(_mark_at(text, p) for p in stack[depth:])
            del stack[depth:]
        elif mark in _CLOSERS and _may_open(text, pos, mark):
            stack.append(pos)
            open_marks[mark] += 1
    return pairs, (stack[0] if stack else None)


def _mark_at(text: str, pos: int) -> str:
    return '"' if text.startswith(_DOUBLED, pos) else text[pos]


def _closes(
    text: str, stack: list[int], open_marks: Counter[str], pos: int, mark: str
) -> int | None:
    """Index in `stack` of the opener that `mark` at `pos` closes, or None; linear overall
    because the stack is only searched when a matching opener is on it."""
    if not any(open_marks[o] > 0 for o in _OPENERS.get(mark, "")):
        return None
    if mark in _APOSTROPHES and not _may_close(text, pos):
        return None
    for depth in range(len(stack) - 1, -1, -1):
        if mark in _CLOSERS[_mark_at(text, stack[depth])]:
            return depth
    return None


def _may_open(text: str, pos: int, mark: str) -> bool:
    if mark not in _APOSTROPHES:
        return True
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isalnum() and after.isalnum()


def _may_close(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _top_level(
    pairs: list[tuple[int, int]], open_at: int | None, end: int
) -> Iterator[tuple[int, int]]:
    """Pairs not nested in another pair, then the unclosed opener running to paragraph end."""
    last_close = -1
    for opener, closer in sorted(pairs):
        if open_at is not None and opener > open_at:
            break
        if opener > last_close:
            last_close = closer
            yield opener, closer
    if open_at is not None:
        yield open_at, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation's content without surrounding white space; None if it has no letters."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not _CONTENT.search(text, start, end):
        return None
    return start, end
