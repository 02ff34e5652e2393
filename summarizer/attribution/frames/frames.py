"""The cue frame of each quotation: where its cue may stand and the speaker mentions there."""
# Found before any name is resolved: the pass after quote spans, before names.

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from summarizer.attribution.frames.complement import unsure_before
from summarizer.attribution.frames.denied import unsaid
from summarizer.attribution.frames.epigraph import asks_after_answer, signed, whole
from summarizer.attribution.frames.inner_titles import inner_title
from summarizer.attribution.frames.mentions import find_mentions, frame_mentions
from summarizer.attribution.frames.named_after import named_next
from summarizer.attribution.frames.nested import outside_asides
from summarizer.attribution.frames.objected import after_closed, embedded_before, only_before
from summarizer.attribution.frames.owned_words import others_words
from summarizer.attribution.frames.questions import only_asks
from summarizer.attribution.frames.relative_quoted import relative_start
from summarizer.attribution.frames.semicolon import own_clause
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.german.chain_head import chain_subject
from summarizer.attribution.german.german_narrated import narrated_before
from summarizer.attribution.german.german_order import reported_from
from summarizer.attribution.german.german_owned import owned_statement
from summarizer.attribution.german.pointed_back import onward
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.records import quick_init
from summarizer.attribution.lexicon.stops import first_stop, last_stop, past_dateline
from summarizer.attribution.marks.marks import PARAGRAPH, Span

_AFTER = 200
_BEFORE = 300
_CONTEXT = 600
_SHORT = 15
_NAME_CHARS = 40


@quick_init
@dataclass(frozen=True, slots=True)
class CueFrame:
    """One quotation's (or one multi-paragraph quotation's) cue candidates and their context."""

    mentions: tuple[Mention, ...]  # best first
    context: tuple[int, int]  # the text where a pronoun or a role finds its person
    closed: int  # where the quotation closes
    # for a paragraph-long quotation, the candidates of the paragraph before it
    before: tuple[Mention, ...] = ()
    before_context: tuple[int, int] = (0, 0)
    before_basis: str = "paragraph_before"
    past_title: bool = False  # its windows were read past a quoted title to find them (German)
    windows: tuple[Window, Window] = ((0, 0), (0, 0))  # where its cues were read: before, after


def cue_frame(
    text: str, spans: Sequence[Span], chain: list[int], cues: Cues, written: WrittenWords
) -> CueFrame:
    """The cue frame of the quotation made of `spans[i]` for i in `chain`."""
    first, last = chain[0], chain[-1]
    mentions, windows = _mentions(text, spans, chain, cues, written)
    before = windows[0]
    head, basis = _paragraph_before(text, spans[first], cues), "paragraph_before"
    if head is not None and first > 0 and cues.spaced:
        head = _past_quoted(text, head, spans[first - 1], spans[first], cues)
    if head is None and cues.nouns_capitalized and not mentions:
        head, basis = reported_from(text, before, cues), "carried"
    if head is None and cues.nouns_capitalized and not mentions:
        head, basis = narrated_before(text, before, cues), "narration"
    earlier = tuple(find_mentions(text, head, (head[1], head[1]), cues, written)) if head else ()
    if head and not earlier and basis == "carried":  # "X wandte sich an …" (german/chain_head.py)
        earlier = chain_subject(text, head, cues)
    closed = spans[last].close_at
    context = _context(spans, first)
    return CueFrame(mentions, context, closed, earlier, head or (0, 0), basis, windows=windows)


# German `_framed` compares only the first mention of a frame read past a title.
def first_mention(
    text: str, spans: Sequence[Span], chain: list[int], cues: Cues, written: WrittenWords
) -> tuple[Mention, ...]:
    """The first of `cue_frame(...).mentions` (none or one), its other reads left out."""
    return _mentions(text, spans, chain, cues, written)[0][:1]


def _mentions(
    text: str, spans: Sequence[Span], chain: list[int], cues: Cues, written: WrittenWords
) -> tuple[tuple[Mention, ...], tuple[Window, Window]]:
    """A chain's speaker mentions around it, best first, and its windows before and after."""
    first, last = chain[0], chain[-1]
    before, after = cue_windows(text, spans, chain, cues)

    def read(window: Window) -> Iterator[Mention]:
        return find_mentions(text, window, after, cues, written)

    before, found = own_clause(text, before, read, cues)
    mentions = (tuple(read(before)) if found is None else found) or signed(text, spans[last], cues)
    if not mentions and not cues.nouns_capitalized:  # only German's `owned_statement` adds one
        return (), (before, after)  # no cue (most quotations of a dense text): nothing to filter
    mentions = outside_asides(unsaid(text, mentions, cues, spans[last].close_at))  # "sagte nicht"
    mentions = only_before(text, spans[first].open_at, spans[last].close_at, mentions, cues)
    mentions = others_words(text, spans[first].open_at, mentions, cues)
    if cues.nouns_capitalized:  # "widersprach der Darstellung von X, sie habe „…“": X's words
        mentions = owned_statement(text, before[0], spans[first].open_at, mentions, cues)
    return unsure_before(text, spans[first].open_at, mentions, cues), (before, after)


# What `_mentions` reads: these windows, the chain's first and last quotation and the text.
def cue_windows(
    text: str, spans: Sequence[Span], chain: list[int], cues: Cues
) -> tuple[Window, Window]:
    """Where a cue before the chain and a cue after it may stand."""
    return _before_window(text, spans, chain[0], cues), _after_window(text, spans, chain[-1], cues)


def speech_frame(text: str, colon: int, cues: Cues, written: WrittenWords) -> CueFrame:
    """The cue frame of an unmarked speech whose frame ends at `colon` ("said in a statement:")."""
    context = (max(0, colon - _CONTEXT), colon)
    return CueFrame(tuple(frame_mentions(text, colon, cues, written)), context, len(text))


# Only when that one ends a sentence ("Lund said he expects delays.").
def _paragraph_before(text: str, span: Span, cues: Cues) -> tuple[int, int] | None:
    """For a quotation that is a paragraph of its own: the paragraph right before it."""
    if not whole(span) or named_next(text, span, cues):
        return None
    reach = max(0, span.para_start - _BEFORE)
    end = reach + len(text[reach : span.para_start].rstrip())
    if text[end - 1 : end] not in (".", "!", "?"):
        return None
    start = max(0, end - _BEFORE)
    return max(text.rfind("\n", start, end) + 1, start), end


# "“…,” said Tom Hale. Ann Roe agreed. “…” She smiled.\n\n“…”": the cue of an earlier quotation
# in the paragraph before is not the last one's, so it never names the paragraph after them. In
# English, after a quotation that only asks ("“Will it pay off?” asked Ann Roe."), the asker's
# cue never names the answer either (`answered`; "“…. Is it?” Roe said." goes on).
def _past_quoted(text: str, head: Window, previous: Span, span: Span, cues: Cues) -> Window:
    """The paragraph before from the sentence of its last quotation (`previous`) on."""
    if not head[0] <= previous.open_at < head[1]:
        return head
    if only_asks(text, previous, cues) or asks_after_answer(text, span, previous, cues):
        stop = cues.sentence_end.search(text, previous.close_at + 1, head[1])  # the asker's cue
        return (stop.end() if stop else head[1]), head[1]
    start = last_stop(text, cues.sentence_end, head[0], previous.open_at)
    return (start or head[0]), head[1]


def _context(spans: Sequence[Span], index: int) -> tuple[int, int]:
    """The text before a quotation and after the previous one: where "he" is named."""
    span = spans[index]
    start = span.open_at - _CONTEXT if span.open_at > _CONTEXT else 0
    if index > 0 and spans[index - 1].close_at >= start:
        start = spans[index - 1].close_at + 1
    return start, span.open_at


# The rest of its sentence, or a short next paragraph when the quotation is a paragraph of its own
# ("“想我了吗？”\n\n她问。").
def _after_window(text: str, spans: Sequence[Span], index: int, cues: Cues) -> tuple[int, int]:
    """Where a cue after the quotation may stand."""
    span = spans[index]
    # clamps written out, not min(): this runs for every quotation
    start = span.close_at + 1 if span.close_at < span.para_end else span.para_end
    end = start + _AFTER if start + _AFTER < span.para_end else span.para_end
    same = index + 1 < len(spans) and spans[index + 1].para_start == span.para_start
    past = same and inner_title(text, start, spans[index + 1], cues)
    if same and not past and not _quoted_object(text, start, spans[index + 1], cues):
        end = min(end, spans[index + 1].open_at)
    if end == span.para_end and not text[start:end].strip():  # German: "„…“\n\nDas sagte X."
        end = onward(text, span, cues, end) if cues.spaced else _short_next(text, end, spans, index)
    if cues.nouns_capitalized:  # "„…“. Das sagte X.": a stop right after the mark, read on
        stop = cues.sentence_end.search(text, start, end)
        if stop and not text[start : stop.start()].strip():
            stop = cues.sentence_end.search(text, stop.end(), end)
        return start, stop.end() if stop else end
    last = first_stop(text, cues.sentence_end, start, end)  # the article's, found once
    return start, end if last is None else last


# The cue window reads past it: "«…», — заявил «Вестнику» глава комиссии X" (the paper is the
# listener), "— сказал в интервью «Газете» X" (Russian, where a comma and a dash set speech off
# from its cue; Arabic "لـ"…""); before a quotation also one that ends the cue's clause (`ends`
# ",:": "Как отметил X в беседе с «Газетой», «…»").
def _quoted_object(text: str, start: int, after: Span, cues: Cues, ends: str = " ") -> bool:
    """Whether the next quotation is a short quoted name between a cue and its subject."""
    told = cues.listener_prepositions
    if not (cues.patronymics or cues.proclitics or told):
        return False
    if after.close_at - after.open_at > _NAME_CHARS:
        return False
    gap = text[start : after.open_at]
    inside = text[after.open_at + 1 : after.close_at].strip()  # « Monde »: inner spaces
    named = inside[:1].isupper() or (not told and not inside[:1].islower())
    named = named and cues.sentence_end.search(inside) is None
    # where letters have no case, only a name glued to its preposition (لـ"…") or after a
    # noun for a named thing (منظمة "…"); in French and Spanish a capitalised name after the
    # preposition of the one told ("dijo a «El País» que …")
    lead = text[max(0, after.open_at - _NAME_CHARS) : after.open_at].split()[-1:] or [""]
    named = named and (
        bool(cues.patronymics)
        or lead[0][-1:] in ("ـ", "ل")
        or cues.names_next(lead[0])
        or lead[0].lower() in told
    )
    goes_on = text[after.close_at + 1 : after.close_at + 3].startswith(tuple(ends))
    return named and goes_on and "\n" not in gap and cues.verbs.search(gap) is not None


def _short_next(text: str, end: int, spans: Sequence[Span], index: int) -> int:
    after = PARAGRAPH.search(text, end)
    if after is None:
        return end
    stop = text.find("\n", after.end())
    stop = len(text) if stop < 0 else stop
    taken = index + 1 < len(spans) and spans[index + 1].open_at < stop
    return end if taken or stop - after.end() > _SHORT else stop


# Its sentence, or the end of the previous paragraph when that ends in a colon ("He said:" or
# "他…说：" and the quotation below).
def _before_window(text: str, spans: Sequence[Span], index: int, cues: Cues) -> tuple[int, int]:
    """Where a cue before the quotation may stand."""
    span = spans[index]
    para_start = span.para_start
    opens = span.open_at == para_start
    if opens and text[max(0, para_start - _BEFORE) : para_start].rstrip().endswith((":", "：")):
        para_start = max(0, para_start - _BEFORE)
    start = span.open_at - _BEFORE if span.open_at - _BEFORE > para_start else para_start
    # "Как рассказала «Вестнику» X, «…»": read past a quoted listener
    overlaps = index > 0 and spans[index - 1].close_at >= start
    past = overlaps and inner_title(text, start, spans[index - 1], cues)
    past = past or (overlaps and embedded_before(text, spans[index - 1], span, cues))
    relative = relative_start(text, spans[index - 1], span, cues) if overlaps else None
    if relative is not None:  # "Abg. Ems, der … mit den Worten: „Nein!“ schrieb, rief:"
        return relative, span.open_at
    if overlaps and not past and not _quoted_object(text, start, spans[index - 1], cues, " ,:"):
        start = after_closed(text, spans[index - 1].close_at + 1, span.open_at, cues)
    # only the last stop counts, looked up among the article's stops (found once)
    last = last_stop(text, cues.sentence_end, start, span.open_at)
    start = past_dateline(text, start, span.para_start, span.open_at) if last is None else last
    line = text.rfind("\n", start, max(start, span.open_at - 3))
    return (start if line < 0 else line + 1), span.open_at
