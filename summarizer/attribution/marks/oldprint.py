"""Marks as old print sets them (,,Ja'', run-on paragraphs, speech after a colon); stray closers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_COMMAS = ",,"
_DOUBLED = "''"
_LOW, _HIGH = "„", "“"  # the marks that two commas and two apostrophes stand for in German
_SENTENCE_ENDS = frozenset(".!?…")
_LOOK_BACK = 8
_STRAIGHT = "\"'"  # a straight mark may open or close: no run of them reopens a quotation


# Text that runs a quotation's paragraphs into one line keeps the mark that reopens each
# paragraph (old print: „Erstens … . „Zweitens … . „Drittens ….“): the openers left unclosed,
# each after the first reopening a sentence with the same mark, run on to the pair after them
# that reopens one too. A closed paragraph (every mark paired) is read as it is, and so are
# paragraphs set on lines of their own: a new line may bring a new speaker.
def reopened(
    text: str, pairs: list[tuple[int, int]], stack: list[int]
) -> tuple[list[tuple[int, int]], int | None]:
    """The pairs, with a quotation whose paragraphs each reopen it as one; the unclosed opener."""
    if not stack or text[stack[0]] in _STRAIGHT:
        return pairs, (stack[0] if stack else None)
    mark = _mark_at(text, stack[0])
    if any(_mark_at(text, at) != mark or not _reopens(text, at) for at in stack[1:]):
        return pairs, stack[0]
    after = [pair for pair in pairs if pair[0] > stack[-1]]
    last = min(after, default=None)
    if last is None or _mark_at(text, last[0]) != mark or not _reopens(text, last[0]):
        return pairs, stack[0]
    return [*pairs, (stack[0], last[1])], None


def _mark_at(text: str, at: int) -> str:
    """The mark at `at`, two commas read as the low mark they stand for."""
    return _LOW if text.startswith(_COMMAS, at) else text[at]


def _reopens(text: str, at: int) -> bool:
    """Whether the opening mark at `at` follows a sentence's end and a space on the same line."""
    before = text[max(0, at - _LOOK_BACK) : at]  # bounded: many openers stay linear
    words = before.rstrip()
    spaced = before[-1:] in (" ", "\t") and "\n" not in before[len(words) :]
    return spaced and words[-1:] in _SENTENCE_ENDS


# A table's ditto mark repeats the figure above it, spaced: after a leader and before a price
# (`Hafer …… » 6·10—6·15`), beside another ditto mark (`6·15 » » »`), or before a figure in a
# row that sets two alike side by side (`Nr. " 12 … „ „`); a straight mark, which shows no
# direction, also between two figures (`5 " 6`). No quotation opens or closes there. Elsewhere,
# in every language, a spaced mark after a sentence's end or before a figure opens or closes one
# (`C'est fini. « 2024 a été …`, `en 2023 « 40 % …`, `« Nous gagnerons. » 15 minutes`).
def ditto(text: str, pos: int) -> bool:
    """Whether the one-character mark at `pos` is a ditto mark."""
    if text[pos - 1 : pos] != " " or text[pos + 1 : pos + 2] != " ":
        return False
    mark, before, after = text[pos], text[pos - 2 : pos - 1], text[pos + 2 : pos + 3]
    figured = after.isdigit() and (before == "." or before.isdigit())
    if mark in (before, after) or (figured and mark == '"' and before.isdigit()):
        return True
    if figured and _in_row(text, pos):
        return True
    leader = pos >= _LEADER_WIDTH + 1 and set(text[pos - 1 - _LEADER_WIDTH : pos - 1]) <= _LEADERS
    return leader and _PRICE.match(text, pos + 2) is not None


def _in_row(text: str, pos: int) -> bool:
    """Whether two like ditto marks stand side by side (`» »`, `„ „`) near `pos` on its line."""
    start = text.rfind("\n", max(0, pos - _ROW), pos) + 1 or max(0, pos - _ROW)
    end = text.find("\n", pos, pos + _ROW)
    return _TWO_DITTOS.search(text, start, end if end >= 0 else pos + _ROW) is not None


_LEADERS = frozenset(".…")  # a table's leader: dots up to the figure (`Roggen ..........`)
_LEADER_WIDTH = 4  # not a sentence's end (`fini.`) nor an ellipsis (`vorbei...`)
_PRICE = re.compile(r"\d+[·,]\d")
_TWO_DITTOS = re.compile(r"([„“”»«\"]) \1")  # old print's OCR sets a row's dittos in either mark
_ROW = 80  # characters either side of a ditto mark that its table's row holds: bounded, linear


# Transcriptions of Fraktur set a space before a closing mark as after an opening one
# (`… auf uns. “ Aber …`); a low mark only opens, and a letter after the mark opens a word.
def spaced_after_end(text: str, pos: int, width: int) -> bool:
    """Whether the closing mark at `pos` stands a space after a sentence's end, no letter after."""
    ended = text[pos - 2 : pos - 1] in _SENTENCE_ENDS and text[pos - 1 : pos] == " "
    low = text[pos] == _LOW[0] or text.startswith(_COMMAS, pos)
    spaced = not low and not text[pos + width : pos + width + 1].isalnum()
    return ended and spaced and not (width == 1 and ditto(text, pos))


# Older print sets speech after a colon with no opening mark, closing it where it ends (`sagte:
# Wir bleiben." Dann …`), and any text may drop an opening mark (`Then: Fine." She left "now"`):
# in every language and print, a mark that may close, right after a sentence's end or a comma and
# before a space, with nothing open that it closes, opens nothing (it would take the narrative up
# to the next mark as a quotation). A low mark only opens.
def stray_closer(text: str, pos: int, after: int) -> bool:
    """Whether the mark at `pos` (ending at `after`) stands where only a closing mark stands."""
    closing = text[pos - 1 : pos] in _CLOSED_AFTER and text[pos] not in _LOW
    return closing and (after == len(text) or text[after].isspace())


_CLOSED_AFTER = frozenset(".!?…,;")
_COLON = re.compile(r":[ \t]+(?:[-–—][ \t]+)?[^\W\d_]")


# The same speech's closing mark where the text opens: in older print (`older`) its words begin
# after the colon before it (`Der Graf sagte: Wir bleiben.“ Dann …`), not at the excerpt's start;
# an excerpt cut inside a quotation with no colon in it runs from its start as before. Where its
# own cue follows the mark (`Gute Nacht,“ sagte Eva Ems`, any language) or, in older print,
# narration stands between (`Dann ging er.`), only the mark's last sentence is the quotation, and
# none when that sentence is narration too (`Seine Frau weinte.“`).
def after_colon(text: str, start: int, lone: int, cues: Older, older: bool) -> int:
    """Where the words the closing mark at `lone` ends begin: `start`, a colon's or a stop's."""
    colon = text.rfind(":", start, lone) if cues else -1
    while colon >= 0 and cues:
        words = _COLON.match(text, colon, lone)
        if words and (older or cued_after(text, lone, cues)):
            return _last_words(text, words.end() - 1, lone, cues)
        colon = text.rfind(":", start, colon) if not words else -1
    return start


def _last_words(text: str, begin: int, lone: int, cues: Cues) -> int:
    """`begin`, or the start of the last sentence before `lone` when the speech stops short."""
    if not cued_after(text, lone, cues) and not narrated(text, begin, lone, cues):
        return begin
    last = max((m.end() for m in _STOP.finditer(text, begin, lone)), default=begin)
    return lone if _narration(text, last, lone, cues) and not cued_after(text, lone, cues) else last


Older = Cues | None  # the cue words of an older print's language, None for other texts
_STOP = re.compile(r"[.!?…][ \t]+(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_OLDER = _data.load_toml("german.toml")["older_print"]
_ADDRESSED = frozenset(_OLDER["second_person"]) | frozenset(_OLDER["first_person_more"])
_AFTER_CUE = 80  # characters after a closing mark where its own cue stands


# `…,“ sagte der Fürst.`, `Unsinn!“ rief er.`: a verb of saying in the sentence the closing mark
# ends names the words before it as its own quotation, not the earlier colon's speech.
def cued_after(text: str, mark: int, cues: Cues) -> bool:
    """Whether a verb of saying follows the closing mark at `mark` in its sentence."""
    end = min(len(text), mark + _AFTER_CUE)
    stop = min(
        (at for at in (text.find(c, mark + 1, end) for c in ".!?:\n") if at >= 0), default=end
    )
    return any(cues.verbs.fullmatch(w) for w in _WORD.findall(text, mark + 1, stop))


# Speech from a colon runs past a sentence's end only while each sentence after the first is
# someone's words: one that ends in a full stop and names no first or second person (`Dann ging er
# hinaus.`, `Der Graf nickte.`) is the narrator's.
def narrated(text: str, begin: int, end: int, cues: Cues) -> bool:
    """Whether a sentence after the first in `begin`..`end` is plain narration."""
    starts = [m.end() for m in _STOP.finditer(text, begin, end)]
    return any(_narration(text, at, nxt, cues) for at, nxt in pairwise([*starts, end]))


def _narration(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the sentence `start`..`end` ends in a full stop, naming no first or second person."""
    sentence = text[start:end].rstrip()
    words = {w.lower() for w in _WORD.findall(sentence)}
    return sentence.endswith(".") and not words & (cues.first_person | _ADDRESSED)


def repeated(text: str, pos: int) -> bool:
    """Whether the mark at `pos` repeats the closing mark before it, no letter after it."""
    return text[pos] == text[pos - 1] and not text[pos + 1 : pos + 2].isalnum()


# The passes after pairing read one mark where old print's text sets two (,,Ja'' -> „Ja“), as
# they read every other text; the caller maps the offsets back.
def collapsed(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]] | None:
    """`text` with the two-character marks of `spans` (open, close) as one; the original offsets."""
    if _COMMAS not in text and _DOUBLED not in text:
        return None  # most texts: no two commas nor two apostrophes, so no span to read
    marks = {opened: _LOW for opened, _ in spans if text.startswith(_COMMAS, opened)}
    marks |= {shut - 1: _HIGH for opened, shut in spans if _closed_doubled(text, opened, shut)}
    if not marks:
        return None  # most texts: no two-character mark
    # a slice between two marks at a time, not a character: the second comma or apostrophe goes
    pieces: list[str] = []
    kept: list[int] = []
    done = 0
    for at in sorted(marks):
        if at < done:  # itself the second character of the mark before (",,,"): dropped too
            done = at + 2
            continue
        pieces += (text[done:at], marks[at])
        kept += range(done, at + 1)
        done = at + 2
    pieces.append(text[done:])
    kept += range(done, len(text))
    return "".join(pieces), [*kept, len(text)]


# Not ''Yes,'': two apostrophes around a quotation stay one mark each.
def _closed_doubled(text: str, opened: int, shut: int) -> bool:
    """Whether a span opened by a quotation mark closes with two apostrophes ('')."""
    closes = shut > opened + 2 and text.startswith(_DOUBLED, shut - 1)
    return closes and text[opened] != "'"


# "‚Ich komm' morgen‘": inside a quotation that a low single mark opens, a straight apostrophe
# before the curly mark that closes it elides a letter. Linear: the curly mark is looked up again
# only past the last one found.
class Elisions:
    """Where a paragraph's next curly single closing mark (‘) stands, found once per stretch."""

    def __init__(self, text: str, end: int) -> None:
        self.text, self.end, self.curly = text, end, -1

    def at(self, pos: int) -> bool:
        """Whether the apostrophe at `pos` stands before a curly closing mark."""
        if self.curly < pos:
            found = self.text.find("‘", pos, self.end)
            self.curly = self.end if found < 0 else found
        return self.curly < self.end


# Fraktur's long s (ſ) is an s: the rules read the words of a text that keeps it as they read any
# (ſagte, Roſen); one character for one, so every offset stays (`lines.readable`). What the
# reader sees is written as the text writes it.
LONG_S = "ſ"


# Each quotation's speaker and mention are looked up as written: a name is found once (its first
# occurrence), not again from the article's start at every quotation it speaks. Where `plain` is
# `text` with some characters set one for one (`set_only`: the marks `alike` writes), words that
# hold none of them read the same at every place: no search (of a 300 kB text, for each name).
class Spellings:
    """Words of `plain` as `text` spells them, `at` the offset in `text` of each in `plain`."""

    def __init__(
        self, plain: str, text: str, at: Sequence[int], set_only: frozenset[str] | None = None
    ) -> None:
        self.plain, self.text, self.at, self.set_only = plain, text, at, set_only
        self._written: dict[str, str] = {}

    def of(self, words: str | None) -> str | None:
        """`words` as the text spells them where they first stand; as they are across a line
        or a divided word."""
        if not words or (self.set_only is not None and self.set_only.isdisjoint(words)):
            return words
        if words not in self._written:
            found = self.plain.find(words)
            written = self.text[self.at[found] : self.at[found + len(words)]] if found >= 0 else ""
            joined = not written or "\n" in written or "- " in written  # a divided word whole
            self._written[words] = words if joined else written
        return self._written[words]


_INCISE = re.compile(r"[“”\"'«»‹›‘’]{0,2}\s*(\w+)(?:\s+\w+\.?){1,4}\s*,\s*$")


# Older print loses a closing mark at a paragraph's end: "„Guten Abend,“ sprach er, „ist der Herr
# zu Hause?" is the second part of a speech its incise cut, running to the paragraph's end; only
# after a pair that closes on a comma, a cue verb and its subject, and where the paragraph ends a
# sentence with no mark after the opener (it does not go on into the next paragraph).
def incised_open(
    text: str, pairs: list[tuple[int, int]], open_at: int | None, end: int, cues: Older
) -> bool:
    """Whether the opener left open at `open_at` follows an incise after a split speech."""
    if open_at is None or cues is None or any(pair[0] > open_at for pair in pairs):
        return False
    before = [pair for pair in pairs if pair[1] < open_at]
    if not before or text[max(0, end - _LOOK_BACK) : end].rstrip()[-1:] not in _SENTENCE_ENDS:
        return False
    closer = max(before)[1]
    if text[closer - 1 : closer] != ",":
        return False
    incise = _INCISE.match(text, closer + 1, open_at)
    return incise is not None and cues.verbs.fullmatch(incise.group(1)) is not None
