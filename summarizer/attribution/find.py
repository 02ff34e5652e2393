"""Who said what: direct quotations with character offsets, attributed to their speakers."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.confidence import Judgement, carried_from_terms, judge
from summarizer.attribution.dialogue.dialogue import dialogue
from summarizer.attribution.frames.canonical import honorifics, one_name_each
from summarizer.attribution.frames.inquit import reported
from summarizer.attribution.frames.speakerless import speakerless
from summarizer.attribution.frames.turn_label import turn_label
from summarizer.attribution.fullnames.address import full_names
from summarizer.attribution.fullnames.tagged import tagged
from summarizer.attribution.fullnames.told import untold
from summarizer.attribution.interviews.interview import Frame, turns
from summarizer.attribution.kinds.german_titles import named_again
from summarizer.attribution.kinds.incised import incised
from summarizer.attribution.kinds.kinds import is_title, listed
from summarizer.attribution.kinds.zh_terms import terms
from summarizer.attribution.lexicon.cues import Cues, cues_for
from summarizer.attribution.lexicon.records import quick_init, recast
from summarizer.attribution.lexicon.stops import last_stop, stop_ends
from summarizer.attribution.marks.dashes import dash_spans
from summarizer.attribution.marks.exclaimed import exclaimed
from summarizer.attribution.marks.marks import OPENING, PARAGRAPH, Span, scan, trim
from summarizer.attribution.speakers.speakers import attribute
from summarizer.lang import family


@quick_init
@dataclass(frozen=True)
class Quote:
    """A direct quotation: `text == source[start:end]` (inside the marks), and who said it."""

    text: str
    start: int
    end: int
    speaker: str | None  # the fullest name the article uses; None: unknown
    cue: str | None  # the reporting word
    # "speech", "writing" (a letter, a tweet), "title" (a name, a work, a scare quote: unsaid)
    kind: str = "speech"
    mention: str | None = None  # the words at the cue
    confidence: str = "low"  # "high" only when a cue with a named subject governs the quotation
    # how the speaker was found: "cue", "cue_after", "colon_intro", "pronoun", "carried",
    # "paragraph_before", "interview_turn", "narration", "none"
    basis: str = "none"
    mood: str = "said"  # "planned" for a statement announced, not made ("will say")
    # False: a sentence of unmarked speech after a frame ("said in a statement:", "演說全文：")
    marked: bool = True


_FRAME_COLON = re.compile("[:：]")
_MARKUP = re.compile(r"<[A-Za-z/!]")
_LEADERS = re.compile(r"\.{4,}")
_FRAME_REACH = 200
_CUE_REACH = 20
_CLAUSE_END = re.compile(r"[,.;:!?，。；：！？、]")
_GOES_ON = ",，、 "
_LINE = re.compile(r"\n")
_BLANK = re.compile(r"\s*")
_START = attrgetter("start")  # a span's offset, to sort by
Stops = Callable[[], list[int]]  # capitalised stops, found on first use: most texts never ask


# `title`, the article's headline, only announces an interview (its words are never a quotation).
# Cached, since the engines and the verifier ask about the same text.
@functools.lru_cache(maxsize=64)
def find_quotes(text: str, lang: str, title: str = "") -> tuple[Quote, ...]:
    """Every direct quotation in `text` (cleaned article text in language `lang`), in order."""
    cues = cues_for(family(lang))
    marks = [s for s in scan(text) if not _ignored(text, s, cues)]
    marked = dash_spans(text, marks, cues)
    unmarked = [*exclaimed(text, marked, cues), *incised(text, marked, cues)]
    marked = sorted([*marked, *unmarked], key=_START)
    interview = turns(text, cues, title)
    frames = _merged(list(_frames(text, marked, cues)), interview.questions, interview.answers)
    own = _standalone(text, marked, frames, cues)
    spans = sorted([*_framed(own, frames), *_speeches(text, own, frames, cues)], key=_START)
    titles = listed(text, spans, [is_title(text, s, cues) for s in spans])
    if cues.nouns_capitalized:
        titles = named_again(text, spans, titles, cues)
    if cues.family == "zh":
        titles = terms(text, spans, titles)
    found = attribute(text, spans, titles, lang)
    if cues.family == "zh":
        found = dialogue(text, spans, titles, found)
    if interview.speakers:
        who = interview.speakers
        pairs = zip(spans, found, strict=True)
        found = tuple(who.get(s.frame, a) if s.frame is not None else a for s, a in pairs)
    found = untold(text, full_names(text, tagged(text, found, cues), cues), cues)
    named = [_named(a, cues.family) for a in _one_name_each(found)]
    english = family(lang) == "en"  # the Polish cues share the English family: the language decides
    quotes = [  # judged and made at once: a list of all judgements would set off the collector
        _quote(text, s, a, judge(text, s, a, t, cues, english))
        for s, a, t in zip(spans, named, titles, strict=True)
    ]
    for index in carried_from_terms(named, [q.kind for q in quotes]):
        unsure = Judgement(quotes[index].kind, "low", quotes[index].mood, guess=False)
        quotes[index] = _quote(text, spans[index], named[index], unsure)  # 5x cheaper than replace
    return tuple(quotes)


# German ''…'' is wiki emphasis, '…' a name.
def _ignored(text: str, span: Span, cues: Cues) -> bool:
    """Whether the span's marks are no quotation marks in this language."""
    mark = "''" if text.startswith("''", span.open_at) else text[span.open_at]
    return mark in cues.ignored_marks


# An interview's question is nobody's quotation.
def _merged(
    frames: list[Frame], questions: Sequence[Frame], answers: Sequence[Frame]
) -> list[Frame]:
    """Speech frames and interview answers in order; a turn wins over a frame in it."""
    turns = [*questions, *answers]
    outside = [f for f in frames if not any(t[0] <= f[0] < t[2] for t in turns)]
    return sorted([*outside, *answers])


def _one_name_each(found: tuple[Attribution, ...]) -> list[Attribution]:
    """One person, one name: each speaker takes the fullest name the article uses for them."""
    fuller = one_name_each(a.speaker for a in found if a.speaker)
    return [recast(a, speaker=fuller[a.speaker]) if a.speaker in fuller else a for a in found]


# A pronoun, particle, yes/no word or lone honorific is nobody's name ("Sí", "Nous", "Mr.").
@functools.cache
def _no_names(family: str) -> frozenset[str]:
    """The words of a language family that never name a speaker on their own."""
    cues = cues_for(family)
    grammar = cues.pronouns | cues.not_names | cues.particles | cues.first_person
    return frozenset(w.lower() for w in grammar) | frozenset(honorifics(family))


def _named(found: Attribution, family: str) -> Attribution:
    """`found` without a speaker when the speaker is one word that names no one."""
    word = (found.speaker or "").strip().rstrip(".").lower()
    return recast(found, speaker=None) if word in _no_names(family) else found


def _quote(text: str, span: Span, found: Attribution, seen: Judgement) -> Quote:
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


# In a framed speech, one that opens inside a sentence with no reporting verb right before it is
# words of the speaker's sentence ("稱為「軍民融合」。", "a “fairer world”"), not a quotation.
def _standalone(text: str, marked: list[Span], frames: list[Frame], cues: Cues) -> list[Span]:
    """The quotations of `marked` that stand on their own."""
    starts = [f[1] for f in frames]
    kept = []
    for span in marked:
        index = bisect_left(starts, span.open_at + 1) - 1
        inside = index >= 0 and span.open_at < frames[index][2]
        if not (inside and _inside_clause(text, span, cues)):
            kept.append(span)
    return kept


# A word (or a list comma) comes right before it ("提出了「四個必須」,呼籲"), or the sentence
# goes on after it with no cue ("「南迴改」剛剛通車", "「攜手同心」,是我們的主軸").
def _inside_clause(text: str, span: Span, cues: Cues) -> bool:
    """Whether a quotation is part of a clause with no reporting verb of its own."""
    before = text[max(0, span.open_at - _CUE_REACH) : span.open_at].rstrip()
    ends = [cue.end() for cue in cues.verbs.finditer(before)]
    if ends and ends[-1] == len(before):
        return False
    if before[-1:].isalnum() or before.endswith("、"):
        return True
    after = text[span.close_at + 1 : span.close_at + 1 + _CUE_REACH]
    clause = _CLAUSE_END.split(after.lstrip(_GOES_ON))[0]
    first = after[:1]
    goes_on = first.isalnum() or (first != "" and first in _GOES_ON)
    return goes_on and not (clause and cues.verbs.search(clause))


def _frames(text: str, marked: list[Span], cues: Cues) -> Iterator[tuple[int, int, int]]:
    """(colon, speech start, speech end) of each explicit frame followed by unmarked speech."""
    opens = [s.open_at for s in marked]
    gaps = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    stops: Stops = functools.cache(functools.partial(_capital_stops, text, cues))
    reached = 0
    for colon in _FRAME_COLON.finditer(text):
        at = colon.start()
        inside = bisect_left(opens, at) - 1
        quoted = inside >= 0 and marked[inside].close_at > at
        if at < reached or quoted or OPENING.match(text, at + 1):  # "said: “…”": `_region` None
            continue
        clause = _clause_start(text, at, cues)
        frame = cues.frame.search(text, clause, at)
        frame = None if frame and speakerless(text, clause, frame, cues) else frame
        # a turn's speech runs to its paragraph's end, past its sentence stops
        label = None if frame or not cues.nouns_capitalized else turn_label(text, at)
        frame = frame or label
        found = (gaps, list if label else stops)  # list() is []: a turn has no stops
        region = _region(text, at, frame.group().strip(), cues, found) if frame else None
        if frame and region and (label or not reported(text, cues, marked, (at, *region), stops)):
            reached = region[1]
            yield at, *region


def _clause_start(text: str, colon: int, cues: Cues) -> int:
    start = colon - _FRAME_REACH if colon > _FRAME_REACH else 0
    line = text.rfind("\n", start, colon)
    start = line + 1 if line >= start else start
    # only the last stop counts, looked up among the article's stops (found once)
    last = last_stop(text, cues.sentence_end, start, colon)
    return start if last is None else last


# The rest of its paragraph, the next paragraph when the colon ends one, the rest of the text for
# a "full text" frame. `found`: the text's paragraph breaks and capitalised sentence stops.
def _region(
    text: str, colon: int, frame: str, cues: Cues, found: tuple[list[tuple[int, int]], Stops]
) -> tuple[int, int] | None:
    """Where the speech after a frame's colon runs."""
    gaps, stops = found
    index = bisect_left(gaps, (colon, colon))
    start, end = colon + 1, gaps[index][0] if index < len(gaps) else len(text)
    if _BLANK.match(text, start, end).end() == end and index < len(gaps):  # type: ignore[union-attr]
        start = gaps[index][1]
        end = gaps[index + 1][0] if index + 1 < len(gaps) else len(text)
    elif cues.spaced:  # "rief er: Nicht so! Dann ging er." - speech on the colon's line
        end = _sentence_stop(stops(), start, end)
    if any(full in frame.lower() for full in cues.frame_full):
        end = len(text)
    start, end = trim(text, start, end) or (end, end)
    if start >= end or OPENING.match(text, start, end) or _LEADERS.search(text, start, end):
        return None  # "notiert: Weizen ......": dot leaders make a table of figures, no speech
    if _MARKUP.match(text, start, end):
        return None  # "tweeted: <tweet …>": pasted markup, no speech of the article's own
    return start, end


def _capital_stops(text: str, cues: Cues) -> list[int]:
    """The ends of the text's sentences that a capitalised word follows, in order."""
    ends = stop_ends(text, cues.sentence_end)
    # "… Vaterland! (Lebhafter Beifall.)": a bracketed sentence is the reporter's, not the speech
    return [at for at in ends if text[at : at + 4].lstrip().lstrip("([ ")[:1].isupper()]


# A lookup, not a scan, so a paragraph of 10,000 frames with no full stop stays linear.
def _sentence_stop(stops: list[int], start: int, end: int) -> int:
    """The end of the first sentence after `start` that a capitalised word follows, or `end`."""
    index = bisect_right(stops, start)
    return stops[index] if index < len(stops) and stops[index] <= end else end


def _framed(marked: list[Span], frames: list[tuple[int, int, int]]) -> Iterator[Span]:
    """The quotations, each knowing the frame (colon offset) whose speech it sits in."""
    starts = [f[1] for f in frames]
    for span in marked:
        index = bisect_left(starts, span.open_at + 1) - 1
        inside = index >= 0 and span.open_at < frames[index][2]
        yield recast(span, frame=frames[index][0]) if inside else span


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
        piece = trim(text, pos, stop.end())
        if piece:
            yield Span(*piece, *piece, start, end, marked=False, frame=colon)
        pos = stop.end()
    piece = trim(text, pos, end)
    if piece:
        yield Span(*piece, *piece, start, end, marked=False, frame=colon)
