"""Dialogue dashes (Russian, French, Spanish): a line opening with a dash is a line of speech."""
# "— Мы не уйдём, — сказал бригадир." / "—No vamos a ceder —dijo la portavoz—. Lo sabemos." /
# "— Nous ne céderons rien, a lancé Marie Texier." A line counts only when a reporting verb opens
# the incise after the speech, so dashed lists and bullet points stay narrative.

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.incise_adverbs import verb_past_adverb
from summarizer.attribution.marks.marks import Span, trim

_LINE = re.compile(r"[^\n]+")
_LEAD = re.compile(r"[ \t.,;:!?…]*")
# A quotation mark ends the search: no incise (a nested quotation's comma); a single mark between
# letters is an apostrophe (`Marc O‘Neil`, `Anna D‘Amato`), part of the incise's name.
_INCISE_END = re.compile(r"[,.;:!?…«»\"„“”‹›]|(?<!\w)[‚‘]|[‚‘](?!\w)")
_INCISE_REACH = 60
_APPOSED_REACH = 160  # an adverbial after the apposed name ("devant une centaine de …")
_WORD = re.compile(r"\s+(\w+)")
# a name apposed after a comma: up to four words (all capitalised) and the comma closing it
_APPOSED = re.compile(r"[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){0,3}[^\W\d_][\w'’-]*(?=,)")


# A quotation inside a line of speech is part of it, as a nested quotation is part of the outer
# one; a quotation with a dashed incise inside its marks («… —explicó X—, …») is two.
def dash_spans(text: str, marked: list[Span], cues: Cues) -> list[Span]:
    """`marked` with the speech of each dialogue line added, in order."""
    if cues.dashes or cues.incise_commas:
        marked = [part for span in marked for part in _split(text, span, cues)]
    if not cues.dashes:
        return marked
    lines = list(_speech_lines(text, cues))
    if not lines:
        return marked
    starts = [s.open_at for s in lines]
    kept = []
    for span in marked:
        index = bisect_left(starts, span.open_at + 1) - 1
        if index < 0 or span.open_at > lines[index].para_end:
            kept.append(span)
    # a dash inside a quotation's marks opens no line of its own ("— –заявил–e?』")
    outer = sorted((s.open_at, s.close_at) for s in kept)
    lines = [s for s in lines if not _inside(outer, s.open_at)]
    return sorted([*kept, *lines], key=lambda s: s.open_at)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls inside one of the (open, close) pairs, sorted and not nested."""
    index = bisect_left(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] < at <= spans[index][1]


# «No cederemos —explicó el ministro—, porque…» and, where commas set off incises, « Nous
# partirons, a déclaré le maire, dès demain » are two quotations each.
def _split(text: str, span: Span, cues: Cues) -> list[Span]:
    """A quotation cut around the incises inside its marks whose first word is a reporting verb."""
    parts: list[Span] = []
    start, opened = span.start, span.open_at
    for stop in _stops(cues.dashes, cues.incise_commas).finditer(text, span.start, span.end):
        verb = cues.verbs.match(text, stop.end())
        verb = None if verb and _adverb(text, verb, cues) else verb
        shut = (
            _shut(text, stop, verb.end(), span.end, cues) if verb and stop.start() >= start else -1
        )
        if shut < 0 or not _marked_incise(text, stop, shut, span.end, cues):
            continue
        cut = stop.start(1) if stop.group(1) else stop.start()
        inner = trim(text, start, cut)
        if inner:
            parts.append(
                replace(
                    span,
                    start=inner[0],
                    end=inner[1],
                    open_at=opened,
                    close_at=cut,
                    continued=span.continued and not parts,
                )
            )
        start = _LEAD.match(text, shut + 1, span.end).end()  # type: ignore[union-attr]
        opened = shut
    if not parts:
        return [span]
    tail = trim(text, start, span.end)
    if tail:
        parts.append(replace(span, start=tail[0], end=tail[1], open_at=opened, continued=False))
    return parts


# "…, so wesentlich bedingenden Anstalten, …" is no incise; "…, so der Minister, …" is.
def _adverb(text: str, verb: re.Match[str], cues: Cues) -> bool:
    """Whether a particle cue ("so") is an adverb here: no name or article follows it."""
    if verb.group().lower() not in cues.particles:
        return False
    after = _WORD.match(text, verb.end())
    return after is not None and after.group(1).islower() and after.group(1) not in cues.determiners


# For a comma incise: the next comma before any sentence end and within a short subject's reach.
def _shut(text: str, stop: re.Match[str], verb: int, end: int, cues: Cues) -> int:
    """Where the incise that `stop` opens closes: its closing dash, or the comma that ends it."""
    if stop.group(1):
        return _reopen(text, verb, end, cues)
    comma = _INCISE_END.search(text, verb, min(end, verb + _INCISE_REACH))
    if comma and comma.group() == "." and cues.sentence_end.match(text, comma.start()):
        return comma.start()  # « …, estime X. Sans elle, … »: the incise ends its sentence
    role = comma and comma.group() == "," and _role_ends(text, verb, comma.start(), cues)
    name = _APPOSED.match(text, comma.end(), end) if role and comma else None
    if name and all(word[0].isupper() for word in name.group().split()):
        return _past_apposed(text, name.end(), end, cues)
    return comma.start() if comma and comma.group() == "," else -1


# « …, a déclaré le maire, Marc Lefebvre, devant la foule. On … »: a name set off by commas
# after the incise's subject is that subject's; the incise goes on to its sentence's end when
# one comes before any other mark and more speech follows it, else it ends at the name's comma
# (« …, Marc Lefebvre, dès demain »).
def _past_apposed(text: str, comma: int, end: int, cues: Cues) -> int:
    """Where an incise closes whose subject ends in a name apposed at `comma`."""
    first = _WORD.match(text, comma + 1)
    lower = first.group(1).lower() if first else ""
    if lower in cues.stop and lower not in cues.governing:
        return comma  # « …, Marc Lefebvre, mais pas avant lundi. »: a word of speech, no adverbial
    after = _INCISE_END.search(text, comma + 1, min(end, comma + 1 + _APPOSED_REACH))
    if after and after.group() == "." and cues.sentence_end.match(text, after.start()):
        return after.start() if trim(text, after.end(), end) else comma
    return comma


# « …, a déclaré le maire (de Lyon), Marc Lefebvre, … »: a role noun is the subject before the
# name's comma; after a name (« …, a dit Anne Roux, Paris, Lyon … ») or no subject (« …, a-t-il
# dit, Marie, tu viens … ») the capitalised words after the comma are speech.
def _role_ends(text: str, verb: int, comma: int, cues: Cues) -> bool:
    """Whether the incise's words between its verb and `comma` hold a lower-case noun."""
    words = _WORD.findall(text, verb, comma)
    plain = (w for w in words if w.islower() and w not in cues.pronouns and w not in cues.stop)
    return any(w not in cues.skip for w in plain)


def _speech_lines(text: str, cues: Cues) -> Iterator[Span]:
    for line in _LINE.finditer(text):
        start, end = line.span()
        while start < end and text[start] in " \t":
            start += 1
        if start < end and text[start] in cues.dashes:
            yield from _parts(text, start, end, cues)


# Up to the dash (in French, the comma) before the incise, then on from the dash that closes the
# incise ("—dijo ella—. Sí.", ". — Да.").
def _parts(text: str, opened: int, end: int, cues: Cues) -> Iterator[Span]:
    """The speech of one dashed line, in parts around its incises."""
    line_start = opened
    close, incise = _close(text, opened + 1, end, cues)
    if close < 0:
        return
    while True:
        inner = trim(text, _LEAD.match(text, opened + 1, close).end(), close)  # type: ignore[union-attr]
        if inner:
            yield Span(*inner, opened, close, line_start, end)
        opened = _reopen(text, incise, end, cues) if incise >= 0 else -1
        if opened < 0:
            return
        close, incise = _close(text, opened + 1, end, cues)
        if close < 0:
            close, incise = end, -1


# An incise opens with a reporting verb after a spaced dash (ru, es) or a comma (fr).
def _close(text: str, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """(where the speech stops, where its incise starts), or (-1, -1) when there is no incise."""
    for stop in _stops(cues.dashes, True).finditer(text, start, end):
        # "— тихо сказал он": past one adverb (lexicon/incise_adverbs.py)
        verb = cues.verbs.match(text, stop.end()) or verb_past_adverb(text, stop.end(), cues)
        if verb and _marked_incise(text, stop, _reopen(text, verb.start(), end, cues), end, cues):
            return stop.start(1) if stop.group(1) else stop.start(), verb.start()
    return -1, -1


# After "?" or "!" the typographic convention of fr, es and ru starts an incise with a lower-case
# verb ("— Vous saviez ? demande la présidente"); a capital opens the next spoken sentence
# ("— ¿Por qué? Dijo Pedro que vendría —protestó Ana."). Speech that resumes straight into
# another reporting verb ("—¡Oye! cuenta conmigo, Pedro —dijo Ana.") shows the first verb was
# spoken: the real incise comes later.
def _marked_incise(text: str, stop: re.Match[str], shut: int, end: int, cues: Cues) -> bool:
    """Whether a stop after a question or exclamation mark opens an incise (other stops do)."""
    if stop.re.groups < 2 or stop.group(2) is None:  # no mark's stop in the pattern, or not this
        return True
    if not text[stop.end()].islower():
        return False
    if shut < 0:
        return True
    resumed = _LEAD.match(text, shut + 1, end).end()  # type: ignore[union-attr]
    return cues.verbs.match(text, resumed) is None


# A bare comma: ", a lancé"; a question or exclamation mark stands for that comma and stays in
# the speech ("— Vous saviez ? demande la présidente.", "« Vraiment ? s'étonne-t-il. »"), its
# stop marked by a second group for _marked_incise. An ellipsis does not: speech goes on after it
# in lower case ("—Pues… recuerda que te quiero —dijo Ana.").
@functools.cache
def _stops(dashes: str, comma: bool) -> re.Pattern[str]:
    """A dash after a comma, a space or a word (" —dijo", "mercado—dijo"), or a bare comma."""
    bare = r"|,[ \t]+|(?<=[?!])[ \t]+()" if comma else ""
    if not dashes:  # German „…, sagte er, …“: comma incises only
        return re.compile(r",[ \t]+()")
    return re.compile(rf"(?:,[ \t]*|[ \t]|(?<=[\w.!?…]))([{re.escape(dashes)}])[ \t]*{bare}")


def _reopen(text: str, incise: int, end: int, cues: Cues) -> int:
    """The dash that closes the incise starting at `incise`, or -1 when the line ends first."""
    found = [at for at in (text.find(d, incise, end) for d in cues.dashes) if at >= 0]
    return min(found, default=-1)
