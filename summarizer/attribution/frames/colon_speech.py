"""Unmarked speech after a colon frame: where it runs, and its sentences as quotation spans."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from summarizer import _data
from summarizer.attribution.frames.colon_closed import closed_at, opened, past_unclosed
from summarizer.attribution.frames.colon_list import listed
from summarizer.attribution.frames.colon_runs import following, run_on, salutation, written
from summarizer.attribution.frames.inquit import reported
from summarizer.attribution.frames.older_frame import older_frame
from summarizer.attribution.frames.speakerless import speakerless
from summarizer.attribution.frames.turn_label import turn_end, turn_label
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.lexicon.stops import last_stop, stop_ends
from summarizer.attribution.marks.marks import PARAGRAPH, Span, trim

_GERMAN = _data.load_toml("german.toml")
_FRAME_COLON = re.compile("[:：]")
_MARKUP = re.compile(r"<[A-Za-z/!]")
_LEADERS = re.compile(r"\.\.\.\.+")  # four dots as a literal: the engine skips to them
_FRAME_REACH = 200
_LINE = re.compile(r"\n")
_BLANK = re.compile(r"\s*")
_DASH_LEAD = re.compile(r"(?:-?[-–—][ \t]+)?")  # "erwiderte: – Wir …", "-- Wir": no word of it
# One more exclamation or question of a speech: no full stop, semicolon, colon (a next frame) or
# bracket (the reporter's aside, "(Bravo! rechts.)") before its "!" or "?", so a scan never
# passes the next colon and all frames stay linear.
_OUTCRY = re.compile(r"[ \t]*[^.!?:;\n(\[]+[!?]+[\"”’»]?(?=\s|$)")
_CRIED = re.compile(r"[!?][\"”’»]?$")
_SET_APART = "([ -–—"  # before a capital after a stop: a bracket or a dash sets a sentence apart
Stops = Callable[[], list[int]]  # capitalised stops, found on first use: most texts never ask
# the text's paragraph breaks, its capitalised sentence stops, where its quotations open
Found = tuple[list[tuple[int, int]], Stops, frozenset[int]]


def colon_frames(
    text: str, marked: list[Span], cues: Cues, letters: set[int] | None = None
) -> Iterator[tuple[int, int, int]]:
    """(colon, speech start, speech end) of each explicit frame followed by unmarked speech; the
    colons that open a written document ("folgendes Schreiben:") are added to `letters`."""
    opens = [s.open_at for s in marked]
    opens_at = frozenset(opens)
    gaps = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    stops: Stops = functools.cache(functools.partial(_capital_stops, text, cues))
    reached = 0
    for at in _colons(text):
        inside = bisect_left(opens, at) - 1
        quoted = inside >= 0 and marked[inside].close_at > at
        if at < reached or quoted or opened(text, at + 1, opens_at, cues):  # "said: “…”": None
            continue
        clause = _clause_start(text, at, cues)
        frame = cues.frame.search(text, clause, at) or older_frame(text, clause, at, cues)
        frame = None if frame and speakerless(text, clause, frame, cues) else frame
        frame = frame or _relative(text, clause, at, cues) or following(text, clause, at, cues)
        # a turn's speech runs to its paragraph's end, past its sentence stops
        label = None if frame or not cues.nouns_capitalized else turn_label(text, at)
        frame = frame or label
        found = (gaps, list if label else stops, opens_at)  # list() is []: a turn has no stops
        letter = frame is not None and written(text, at, cues)
        region = _region(text, at, (frame.group().strip(), letter), cues, found) if frame else None
        region = (region[0], turn_end(text, *region)) if label and region else region
        if frame and region and (label or not reported(text, cues, marked, (at, *region), stops)):
            reached = region[1]
            if letter and letters is not None:
                letters.add(at)
            yield at, *region


# "die Erklärung, die Graf X in der Kommission abgegeben hat: …": a relative clause on a noun for
# spoken words, ending at the colon, frames them as the noun would ("mit den Worten: …"), whatever
# its verb; its subject speaks. One clause, no comma in it: a bounded run, so it stays linear.
_RELATIVE = re.compile(
    rf"(?<!\w)(?:{'|'.join(_GERMAN['relative_frames']['nouns'])}),\s+"
    r"(?:die|der|das|den|welche|welcher|welches|welchen)\s[^\n,.;:!?„“”\"»«()]{1,120}$"
)


# Not passive ("die auf diese Frage gegeben wird:"), reflexive ("die sich jeder stellt:") nor
# impersonal ("die man gab:"): no one's words.
def _relative(text: str, clause: int, colon: int, cues: Cues) -> re.Match[str] | None:
    """A relative clause on a noun for spoken words, ending at `colon` (German), or None."""
    found = _RELATIVE.search(text, clause, colon) if cues.nouns_capitalized else None
    words = set(found.group().lower().split()[2:]) if found else set()
    unsaid = cues.passive | cues.reflexives | cues.impersonal
    return None if found is None or not words.isdisjoint(unsaid) else found


def _clause_start(text: str, colon: int, cues: Cues) -> int:
    start = colon - _FRAME_REACH if colon > _FRAME_REACH else 0
    line = text.rfind("\n", start, colon)
    start = line + 1 if line >= start else start
    # only the last stop counts, looked up among the article's stops (found once)
    last = last_stop(text, cues.sentence_end, start, colon)
    return start if last is None else last


def _colons(text: str) -> Iterator[int]:
    """Where each match of `_FRAME_COLON` starts: a plain search when no wide colon is written."""
    if "：" in text:
        yield from (colon.start() for colon in _FRAME_COLON.finditer(text))
        return
    at = text.find(":")
    while at >= 0:
        yield at
        at = text.find(":", at + 1)


# A region may run to the end of a long paragraph for every colon in it (a protocol with no blank
# line): the dot leaders are found once per text, so the test stays linear.
@functools.lru_cache(maxsize=4)
def _leader_starts(text: str) -> tuple[int, ...]:
    """Every offset where four dots begin (overlapping: "....." begins two)."""
    return tuple(i for m in _LEADERS.finditer(text) for i in range(m.start(), m.end() - 3))


def _leaders_in(text: str, start: int, end: int) -> bool:
    """Whether a run of four or more dots lies wholly within `start`..`end`."""
    starts = _leader_starts(text)
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] + 4 <= end


# The rest of its paragraph, the next paragraph when the colon ends one, the rest of the text for
# a "full text" frame.
def _region(
    text: str, colon: int, framing: tuple[str, bool], cues: Cues, found: Found
) -> tuple[int, int] | None:
    """Where the speech after a frame's colon runs (`framing`: the frame's words, and whether it
    opens a written document)."""
    frame, letter = framing
    gaps, stops, opens_at = found
    index = bisect_left(gaps, (colon, colon))
    start, end = colon + 1, gaps[index][0] if index < len(gaps) else len(text)
    if _BLANK.match(text, start, end).end() == end and index < len(gaps):  # type: ignore[union-attr]
        start = gaps[index][1]
        end = gaps[index + 1][0] if index + 1 < len(gaps) else len(text)
    elif cues.spaced:  # "rief er: Nicht so! Dann ging er." - speech on the colon's line
        shut = closed_at(text, start, end, opens_at, cues)
        first = _outcries(text, _sentence_stop(stops(), start, end), end)
        end = shut if shut is not None else run_on(text, (start, first, end), stops, cues, letter)
    if any(full in frame.lower() for full in cues.frame_full):
        end = len(text)
    end = _bracket_end(text, colon, start, end)
    start, end = trim(text, start, end) or (end, end)
    start = _DASH_LEAD.match(text, start, end).end()  # type: ignore[union-attr]
    start, end = past_unclosed(text, (start, end), opens_at, cues)  # a mark left open
    if start >= end or opened(text, start, opens_at, cues) or _leaders_in(text, start, end):
        return None  # "notiert: Weizen ......": dot leaders make a table of figures, no speech
    if _MARKUP.match(text, start, end) or listed(text, start, end, cues.nouns_capitalized):
        return None  # "tweeted: <tweet …>": pasted markup; "nannte die Orte: Kairo, Rom und Oslo."
    return start, end


# "(Zuruf rechts: Das ist übertrieben!) Nein, …": a colon inside an open bracket frames an aside
# (a heckle in a parliament report), whose speech ends at the bracket that closes it. Looked for
# within the frame's reach either side of the colon, so each colon costs a bounded scan.
def _bracket_end(text: str, colon: int, start: int, end: int) -> int:
    """Where the speech after `colon` ends when the colon stands inside an open bracket."""
    reach = max(0, colon - _FRAME_REACH)
    reach = max(reach, text.rfind("\n", reach, colon) + 1)
    if text.rfind("(", reach, colon) <= text.rfind(")", reach, colon):
        return end
    close = text.find(")", start, min(end, start + _FRAME_REACH))
    return close if close >= 0 else end


# Older print goes on in lower case after "!" ("rief sie aus: Gott! wenn das dein Vater wüßte!
# wie …!"): a speech opened by an outcry or a question runs on over the outcries and questions
# that follow it, and stops where a sentence ends in a full stop or semicolon (the narrator's).
def _outcries(text: str, end: int, limit: int) -> int:
    """The end of the run of exclamations and questions that ends at `end`, up to `limit`."""
    if not _CRIED.search(text, end - 2, end):
        return end
    while (more := _OUTCRY.match(text, end, limit)) is not None:
        end = more.end()
    return end


def _capital_stops(text: str, cues: Cues) -> list[int]:
    """The ends of the text's sentences that a capitalised word follows, in order."""
    ends = stop_ends(text, cues.sentence_end)
    # "… Vaterland! (Lebhafter Beifall.)": a bracketed sentence is the reporter's, not the speech;
    # "… in der Hand. -- Vors.: …": a dash between sentences sets the next apart as a bracket does
    return [at for at in ends if text[at : at + 6].lstrip().lstrip(_SET_APART)[:1].isupper()]


# A lookup, not a scan, so a paragraph of 10,000 frames with no full stop stays linear.
def _sentence_stop(stops: list[int], start: int, end: int) -> int:
    """The end of the first sentence after `start` that a capitalised word follows, or `end`."""
    index = bisect_right(stops, start)
    return stops[index] if index < len(stops) and stops[index] <= end else end


def framed(marked: list[Span], frames: list[tuple[int, int, int]]) -> Iterator[Span]:
    """The quotations, each knowing the frame (colon offset) whose speech it sits in."""
    starts = [f[1] for f in frames]
    for span in marked:
        index = bisect_left(starts, span.open_at + 1) - 1
        inside = index >= 0 and span.open_at < frames[index][2]
        yield recast(span, frame=frames[index][0]) if inside else span


def speeches(
    text: str,
    marked: list[Span],
    frames: list[tuple[int, int, int]],
    cues: Cues,
    letters: frozenset[int] | set[int] = frozenset(),
) -> Iterator[Span]:
    """The sentences of each framed speech, cut around the quotations inside it (`letters`: the
    colons of written documents, as colon_frames found them)."""
    opens = [s.open_at for s in marked]
    for colon, start, end in frames:
        pos = start
        # "Majestät! Ich bitte …": a letter's salutation is part of its first sentence
        joined = salutation(text, start, end, colon in letters)
        inside = marked[bisect_left(opens, start) : bisect_left(opens, end)]
        for open_at, close_at in sorted(
            [*((s.open_at, s.close_at) for s in inside), *_asides(text, start, end)]
        ):
            if open_at < pos:
                continue
            yield from _pieces(text, pos, open_at, colon, cues, joined)
            if text[open_at] == "(":
                yield from _heckled(text, open_at, close_at, cues)
            pos = close_at + 1
        yield from _pieces(text, pos, end, colon, cues, joined)


# Older print runs a speech on over several sentences of one line ("führte aus: Die Vorlage ist
# unannehmbar. Sie belastet den kleinen Mann. (Sehr richtig!)"): they are one quotation, as a
# reader takes them; lines (a protocol's turns, an answer's lines) stay apart.
def _pieces(
    text: str, start: int, end: int, colon: int, cues: Cues, joined: int | None
) -> Iterator[Span]:
    """The speech from `start` to `end` as one span (older German print, on one line), else
    its sentences."""
    piece = trim(text, start, end)
    if not (piece and cues.nouns_capitalized and older_print(text)) or "\n" in text[start:end]:
        yield from _sentences(text, start, end, colon, cues, joined)
    else:
        yield Span(*piece, *piece, start, end, marked=False, frame=colon)


# "(Widerspruch links. Zuruf: Welche Mittel denn?)": the words a note gives after a word for
# them and its colon are a heckler's, a quotation of nobody named.
def _heckled(text: str, open_at: int, close_at: int, cues: Cues) -> Iterator[Span]:
    """The heckle a bracketed note inside a speech quotes, if any."""
    colon = text.find(":", open_at, close_at)
    clause = last_stop(text, cues.sentence_end, open_at + 1, colon) or open_at + 1
    if colon < 0 or not cues.frame.search(text, clause, colon):
        return
    yield from _sentences(text, colon + 1, close_at, colon, cues)


# "… trostlose. (Sehr richtig! links.) Wer …": a bracket right after a sentence's end is the
# reporter's note (applause, a heckle) inside a speech, not its words.
_ASIDE = re.compile(r"(?<=[.!?;] )\([^()\n]{1,200}\)")


def _asides(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The bracketed notes between a framed speech's sentences: (open, close) offsets."""
    return ((m.start(), m.end() - 1) for m in _ASIDE.finditer(text, start, end))


def _sentences(
    text: str, start: int, end: int, colon: int, cues: Cues, joined: int | None = None
) -> Iterator[Span]:
    """The sentences between `start` and `end` of the speech a frame's colon opens, each a span;
    the stop that ends at `joined` (a letter's salutation, "Majestät!") cuts none."""
    pos = start
    stops = [*cues.sentence_end.finditer(text, start, end), *_LINE.finditer(text, start, end)]
    for stop in sorted(stops, key=lambda m: m.start()):
        if stop.end() == joined:
            continue
        piece = trim(text, pos, stop.end())
        if piece:
            yield Span(*piece, *piece, start, end, marked=False, frame=colon)
        pos = stop.end()
    piece = trim(text, pos, end)
    if piece:
        yield Span(*piece, *piece, start, end, marked=False, frame=colon)
