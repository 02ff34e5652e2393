"""Quotation marks to quotation spans: pairing, nesting, apostrophes, unclosed quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.attribution.lexicon.records import quick_init
from summarizer.attribution.marks import oldprint
from summarizer.attribution.marks.markup import NO_MARKUP, attributes

# Opening mark -> the marks that may close it (a straight mark closes a curly one: mixed
# marks are common in pasted text, and narrative must not run on as speech). Text read from old
# print (OCR) sets both marks alike („…„, “…“) or closes with the reversed nine (‟).
_CLOSERS = {
    "“": '”"“‟',
    "„": '“”"„‟',
    "‚": "‘’'",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "‘": "’",
    '"': '"”',
    "'": "'",
}
_OPENERS = {
    c: "".join(o for o, cs in _CLOSERS.items() if c in cs) for c in "".join(_CLOSERS.values())
}
# Two apostrophes stand for a double quotation mark (''Yes,'' he said); of three, the first
# closes a nested quotation and the other two the outer one (''the word 'old',''' he said).
# Older German print set „ as two commas (,,Ja'' or ,,Ja“): an opening mark before a letter,
# or before one space and a letter as transcriptions of Fraktur set it (,, Ja''), or right before a
# figure, a bracket or an elision (,,2001: …'', ,,[...] Ich''); a ditto mark in a table is spaced
# before its figure (,, 5·53).
# The look-behind sits after the first comma so that every branch of the patterns below begins
# with a mark, which lets the regex engine skip ahead to the marks (2-3x faster on long text);
# for that each single mark is a branch of its own: a character class as the last branch keeps
# the engine trying every position (twice as slow).
_COMMAS_OPEN = r",(?<![^\s(],),(?= ?[^\W\d_]|[\d(\[.…])"


def _branches(marks: str) -> str:
    """The single marks `marks` as alternatives, one literal each."""
    return "|".join(map(re.escape, marks))


_SINGLE_MARKS = _branches("“”„‟‚«»‹›「」『』‘’\"'")
_MARK = re.compile(rf"'(?='')|''|{_COMMAS_OPEN}|{_SINGLE_MARKS}")
_DOUBLED = "''"
_COMMAS = ",,"
_AS_MARK = {_DOUBLED: '"', _COMMAS: "„"}  # the mark that two apostrophes or two commas stand for
_DOUBLE_MARKS = _branches('“”„‟«»‹›「」『』"')  # and ‹›: marks no apostrophe is set as
_DOUBLE_MARK = re.compile(rf"{_COMMAS_OPEN}|''(?!')|{_DOUBLE_MARKS}")
PARAGRAPH = re.compile(r"\n[ \t]*\n")
_CONTENT = re.compile(r"\w", re.UNICODE)
# Marks that double as apostrophes: only quotes when their neighbours say so.
_APOSTROPHES = frozenset("‘’'‚")
# Opening marks that old print's text also closes with: the same mark closes only where a closing
# mark stands, after a word and before no letter ("sagte: “Nein.“ Dann"), else it opens.
_SELF_CLOSING = frozenset("“„")
OPENERS = frozenset(_CLOSERS)
# Where a quotation mark opens a quotation, past a dash before it ("sagte er: - „…“").
OPENING = re.compile(rf"[-–—\s]*(?:{_COMMAS_OPEN}|[{''.join(OPENERS)}])")
_SENTENCE_ENDS = frozenset(".!?…")
_LOW_OPENERS = frozenset("„‚")
# What may stand before a quotation that opens a sentence: a sentence end, a colon, a dash.
_SENTENCE_OPENS = frozenset(".!?…:—–")
_LOOK_BACK = 20


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A quotation's content offsets, its marks, its paragraph, and whether it continues one."""

    start: int
    end: int
    open_at: int
    close_at: int
    para_start: int
    para_end: int
    continued: bool = False
    marked: bool = True
    frame: int | None = None


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for sep in PARAGRAPH.finditer(text):
        yield pos, sep.start()
        pos = sep.end()
    yield pos, len(text)


# An unclosed quote goes on when the next paragraph reopens or closes it, or the text ends in it.
def scan(text: str, cues: oldprint.Older = None, older: bool = False) -> Iterator[Span]:
    """Top-level quotations, paragraph by paragraph."""
    paragraphs = list(_paragraphs(text))
    continued = False
    for index, (start, end) in enumerate(paragraphs):
        lone = _lone_closer(text, start, end, index == 0) if index == 0 or continued else None
        shut = -1 if lone is None else lone + _width(text, lone) - 1  # '' is two characters
        pairs, open_at = _pair_marks(text, start if lone is None else shut + 1, end)
        if lone is not None:
            words = oldprint.after_colon(text, start, lone, cues, older)  # unopened words
            inner = trim(text, words, lone)
            if inner is not None:
                yield Span(inner[0], inner[1], words, shut, start, end, continued)
            continued = False
        runs = open_at is not None and _runs_on(text, paragraphs, index, open_at, pairs)
        if not runs and not (older and oldprint.incised_open(text, pairs, open_at, end, cues)):
            open_at = None  # an open incised speech ends at its paragraph's end, goes no further
        for opener, closer in _top_level(pairs, open_at, end):
            inner = trim(text, opener + _width(text, opener) + _doubled(text, opener), closer)
            closer += _width(text, closer) - 1
            if inner is not None:
                yield Span(inner[0], inner[1], opener, closer, start, end, continued)
            continued = False
        continued = runs


# A complete quotation after it closes with a mark that could have closed it: a nested quotation
# takes the other level's marks (‚…‘ in „…“, “…” in «…»), so this one stands beside it, not inside.
def _stray(text: str, pairs: list[tuple[int, int]], open_at: int) -> bool:
    """Whether the mark left open at `open_at` quotes nothing."""
    mark = _mark_of(text, open_at)
    return any(
        opener > open_at and _mark_of(text, closer) in _CLOSERS[mark] for opener, closer in pairs
    )


def _mark_of(text: str, pos: int) -> str:
    """The mark at `pos`, two commas or two apostrophes read as the mark they stand for."""
    return _AS_MARK.get(text[pos : pos + 2], text[pos])


# It does when the next paragraph reopens it with the same mark or closes it before any other
# mark; or, when a sentence opens with it ("… Länder. „Wenn …"), the text ends in it (an excerpt
# cut inside the quotation) and it is no stray mark beside a quotation (`_stray`).
def _runs_on(
    text: str,
    paragraphs: list[tuple[int, int]],
    index: int,
    open_at: int,
    pairs: list[tuple[int, int]],
) -> bool:
    """Whether the quote opened at `open_at`, left open in paragraph `index`, goes on past it."""
    opens = _opens_words(text, open_at)
    if index + 1 >= len(paragraphs):
        before = text[max(0, open_at - _LOOK_BACK) : open_at].rstrip()[-1:]
        return opens and before in _SENTENCE_OPENS and not _stray(text, pairs, open_at)
    start, end = paragraphs[index + 1]
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    if first < end and _mark_of(text, first) == _mark_of(text, open_at):
        return True
    return opens and _lone_closer(text, start, end) is not None


# Past the mark's width and a space a transcription sets after a low mark ("„ Wenn", ",, Wenn"),
# which only opens: a straight or high mark before a space closes (`thun." Darauf`).
def _opens_words(text: str, open_at: int) -> bool:
    """Whether a letter follows the opening mark at `open_at`."""
    after = open_at + _width(text, open_at)
    after += text[after : after + 1] == " " and _mark_of(text, open_at) in _LOW_OPENERS
    return text[after : after + 1].isalpha()


# A closing mark right after a sentence's end: "… unserer Politik.“ Nun …" (or one space after
# it, `spaced_after_end`); where the text opens (an excerpt cut inside a quotation) also after a
# comma before a lower-case word, the inverted cue after a quotation: "… thun,“ sagte er.".
def _lone_closer(text: str, start: int, end: int, cut: bool = False) -> int | None:
    """The paragraph's first mark when it closes a quotation opened before the paragraph."""
    first = _DOUBLE_MARK.search(text, start, end)  # past apostrophes ("war's")
    if first is None or _mark_of(text, first.start()) not in _OPENERS:
        return None
    pos, cue = first.start(), _CUE_AFTER.match(text, first.end())
    before_cue = cut and text[pos - 1 : pos] == "," and cue is not None and cue.group(1).islower()
    if text[pos - 1 : pos] in _SENTENCE_ENDS or before_cue:
        return pos if _may_close(text, pos) else None
    width = _width(text, pos)  # spaced: an opener when the next mark in the paragraph closes it
    after = _DOUBLE_MARK.search(text, pos + width, end)
    closes = _CLOSERS.get(_mark_of(text, pos), "")
    opens = after is not None and _mark_of(text, after.start()) in closes
    return pos if not opens and oldprint.spaced_after_end(text, pos, width) else None


_CUE_AFTER = re.compile(r"\s+([^\W\d_])")


def _pair_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Matched (open, close) mark positions in one paragraph, and the outermost unclosed opener."""
    stack: list[int] = []
    marks: list[str] = []
    open_marks: dict[str, int] = {}  # how many of each mark are open; none open: no key
    pairs: list[tuple[int, int]] = []
    elided = oldprint.Elisions(text, end)
    # an attribute needs its "=": most paragraphs have none, so the pattern is not run on them
    markup = attributes(text, start, end) if text.find("=", start, end) >= 0 else NO_MARKUP
    for match in _MARK.finditer(text, start, end):
        pos, mark = match.start(), match.group()
        if pos in markup or (text[pos + 1 : pos + 2] == " " and oldprint.ditto(text, pos)):
            continue  # a ditto mark stands spaced (most marks: a letter after, no call)
        if stack and stack[-1] == pos - 1 and _doubled(text, pos - 1):
            continue  # the repeated opener quotes nothing
        mark = _AS_MARK.get(mark, mark)
        # the stack is only searched when a matching opener is on it
        opened = marks and not open_marks.keys().isdisjoint(_OPENERS.get(mark, ""))
        depth = _closes(text, marks, pos, mark) if opened else None
        if depth is not None and mark == "'" and marks[depth] == "‚" and elided.at(pos):
            depth = None  # "‚Ich komm' morgen‘": an elision; the curly mark closes
        if depth is not None:
            pairs.append((stack[depth], pos))
            for closed in marks[depth:]:
                open_marks[closed] -= 1
                if not open_marks[closed]:
                    del open_marks[closed]  # the keys are the marks open: see `opened`
            del stack[depth:], marks[depth:]
        elif pairs and pairs[-1][1] == pos - 1 and oldprint.repeated(text, pos):
            continue  # "entkleidet"" Wer": old print's text repeats a closing mark
        elif mark in _CLOSERS and _may_open(text, pos, mark, match.end()):
            stack.append(pos)
            marks.append(mark)
            open_marks[mark] = open_marks.get(mark, 0) + 1
    return oldprint.reopened(text, pairs, stack)


# Linear overall: called only when a matching opener is on the stack.
def _closes(text: str, marks: list[str], pos: int, mark: str) -> int | None:
    """Index in the stack of `marks` of the opener that `mark` at `pos` closes, or None."""
    if mark in _APOSTROPHES and not _may_close(text, pos):
        return None
    for depth in range(len(marks) - 1, -1, -1):
        if mark in _CLOSERS[marks[depth]]:
            alike = mark == marks[depth] and mark in _SELF_CLOSING
            return None if alike and not _may_close(text, pos) else depth
    return None


# A slip of the keyboard doubles an opening mark: "“”This is unfair,” he said".
def _doubled(text: str, pos: int) -> bool:
    """Whether the opening mark at `pos` is repeated by a closing one right before a letter."""
    mark = text[pos : pos + 1]
    if mark not in _CLOSERS or mark in _APOSTROPHES:
        return False
    return text[pos + 1 : pos + 2] in _CLOSERS[mark] and text[pos + 2 : pos + 3].isalpha()


def _width(text: str, pos: int) -> int:
    """How many characters the mark at `pos` takes: two for '' and ,,."""
    if text[pos : pos + 1] not in "',":
        return 1  # most marks: neither two apostrophes nor two commas start here
    # of three apostrophes the first is one mark on its own (`_MARK`)
    doubled = text.startswith(_DOUBLED, pos) and text[pos + 2 : pos + 3] != "'"
    return 2 if doubled or text.startswith(_COMMAS, pos) else 1


def _may_open(text: str, pos: int, mark: str, end: int) -> bool:
    if mark not in _APOSTROPHES:  # `Then: Fine." She left`, any print: closes, opens nothing
        return mark not in _OPENERS or not oldprint.stray_closer(text, pos, end)
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


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation's content without surrounding white space; None if it has no letters."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start].isalpha():
        return start, end  # most quotations open with a letter: no search for one
    if not _CONTENT.search(text, start, end):
        return None
    return start, end
