"""Who said what: direct quotations with character offsets, attributed to their speakers."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.confidence import Judgement, carried_from_terms, judge
from summarizer.attribution.dialogue.alternation import alternation
from summarizer.attribution.dialogue.dialogue import dialogue
from summarizer.attribution.frames.canonical import one_name_each
from summarizer.attribution.frames.colon_speech import colon_frames, framed, speeches
from summarizer.attribution.frames.forenames import honorifics
from summarizer.attribution.fullnames.address import full_names
from summarizer.attribution.fullnames.in_view import in_view
from summarizer.attribution.fullnames.initialled import spelled_out
from summarizer.attribution.fullnames.not_nearest import not_nearest
from summarizer.attribution.fullnames.objected_labels import objected
from summarizer.attribution.fullnames.role_off import roles_off
from summarizer.attribution.fullnames.tagged import tagged
from summarizer.attribution.fullnames.told import untold
from summarizer.attribution.german.spelling import older_print, same_words
from summarizer.attribution.interviews.interview import Frame, turns
from summarizer.attribution.kinds.dash_turns import dash_turns
from summarizer.attribution.kinds.german_titles import named_again
from summarizer.attribution.kinds.incised import incised
from summarizer.attribution.kinds.judged import label_subject
from summarizer.attribution.kinds.kinds import is_title, listed
from summarizer.attribution.kinds.zh_terms import terms
from summarizer.attribution.lexicon.cues import Cues, cues_for
from summarizer.attribution.lexicon.records import quick_init, recast
from summarizer.attribution.marks.alike import SET, alike, same_pairs
from summarizer.attribution.marks.dashes import dash_spans
from summarizer.attribution.marks.exclaimed import exclaimed
from summarizer.attribution.marks.lines import one_text, readable
from summarizer.attribution.marks.marks import Span, scan
from summarizer.attribution.marks.oldprint import Spellings, collapsed
from summarizer.attribution.speakers.speakers import attribute
from summarizer.attribution.speakers.vocatives import unaddressed
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


_CUE_REACH = 20
_CLAUSE_END = re.compile(r"[,.;:!?，。；：！？、]")
_GOES_ON = ",，、 "
_START = attrgetter("start")  # a span's offset, to sort by
_SHUTS = tuple(".!?。！？")


# `title`, the headline, only announces an interview; cached: the engines and the verifier ask too.
@functools.lru_cache(maxsize=64)
def find_quotes(text: str, lang: str, title: str = "") -> tuple[Quote, ...]:
    """Every direct quotation in `text` (cleaned article text in language `lang`), in order."""
    text = one_text(text)  # the whole-text caches hit by identity
    read = readable(text, family(lang) == "de")  # a long s, a wrapped paragraph's lines
    if read is not None:
        plain, at = read
        found = find_quotes(plain, lang, title)
        spellings = Spellings(plain, text, at)
        return tuple(_written(q, text, at, spellings) for q in found)
    cues = cues_for(family(lang))
    marks = _scanned(text, cues)
    work = same_words(alike(text, marks), text) if cues.nouns_capitalized else None  # „…“ set
    again = _scanned(work, cues) if work is not None else marks
    if work is None or not same_pairs(marks, again):  # a mark left over pairs anew: as written
        return _paired(text, lang, title, cues, marks)
    found = _paired(work, lang, title, cues, again)
    spellings = Spellings(work, text, range(len(text) + 1), SET)  # speakers as written
    return tuple(_written(q, text, spellings.at, spellings) for q in found)


def _scanned(text: str, cues: Cues) -> list[Span]:
    """The paired marks of `text` (its top-level quotations), less those the language ignores."""
    return [s for s in scan(text, cues, _older(text, cues)) if not _ignored(text, s, cues)]


def _paired(text: str, lang: str, title: str, cues: Cues, marks: list[Span]) -> tuple[Quote, ...]:
    """The quotations of `text`, its marks paired as `marks`, a run of marks read as one."""
    single = collapsed(text, [(s.open_at, s.close_at) for s in marks])
    if single is None:
        return _found(text, lang, title, cues, marks)
    work, offsets = same_words(one_text(single[0]), text), single[1]
    marks = _scanned(work, cues)
    found = _found(work, lang, title, cues, marks)
    return tuple(_moved(q, text, offsets[q.start], offsets[q.end]) for q in found)


def _written(quote: Quote, text: str, at: Sequence[int], spellings: Spellings) -> Quote:
    """`quote` of the text as read, as `text` spells it, `at` the offset in `text` of each."""
    speaker, mention = spellings.of(quote.speaker), spellings.of(quote.mention)
    start, end = at[quote.start], at[quote.end]
    return recast(
        quote, text=text[start:end], start=start, end=end, speaker=speaker, mention=mention
    )


def _moved(quote: Quote, text: str, start: int, end: int) -> Quote:
    """`quote` at offsets `start`, `end` of `text`."""
    return recast(quote, text=text[start:end], start=start, end=end)


def _found(text: str, lang: str, title: str, cues: Cues, marks: list[Span]) -> tuple[Quote, ...]:
    """The quotations of `text`, its quotation marks paired as `marks`."""
    marked = dash_spans(text, marks, cues)
    unmarked = [*exclaimed(text, marked, cues), *incised(text, marked, cues)]
    unmarked += dash_turns(text, unmarked, cues)
    marked = sorted([*marked, *_apart(sorted(unmarked, key=_START))], key=_START)
    interview = turns(text, cues, title)
    letters: set[int] = set()  # the colons that open a written document, found once
    colons = list(colon_frames(text, marked, cues, letters))
    frames = _merged(colons, interview.questions, interview.answers)
    own = _standalone(text, marked, frames, cues)
    spans = sorted([*framed(own, frames), *speeches(text, own, frames, cues, letters)], key=_START)
    labels = [label_subject(text, s, cues) for s in spans]  # read once: kind and confidence ask
    titled = [is_title(text, s, cues, b) for s, b in zip(spans, labels, strict=True)]
    titles = listed(text, spans, titled)
    if cues.nouns_capitalized:
        titles = named_again(text, spans, titles, cues)
    if cues.family == "zh":
        titles = terms(text, spans, titles)
    found = attribute(text, spans, titles, lang)
    if cues.family == "zh":
        found = dialogue(text, spans, titles, found)
    elif cues.spaced:
        found = alternation(text, spans, titles, found)
    if interview.speakers:
        found = _answered(spans, found, interview.speakers)
    found = untold(text, full_names(text, tagged(text, found, cues), cues), cues)
    found = in_view(text, spans, spelled_out(text, found, cues), cues)  # "В. Путин", "the Briton"
    found = not_nearest(text, objected(text, spans, found, labels, cues), cues)  # "Tochter von X"
    found = unaddressed(text, spans, found) if cues.spaced else found  # not the one addressed
    named = [_named(a, cues.family) for a in _one_name_each(roles_off(text, found, cues))]
    english = family(lang) == "en"  # the Polish cues share the English family: the language decides
    quotes = [  # judged and made at once: a list of all judgements would set off the collector
        _quote(text, s, a, judge(text, s, a, t, cues, b, english))
        for s, a, t, b in zip(spans, named, titles, labels, strict=True)
    ]
    for index in carried_from_terms(named, [q.kind for q in quotes]):
        unsure = Judgement(quotes[index].kind, "low", quotes[index].mood, guess=False)
        quotes[index] = _quote(text, spans[index], named[index], unsure)  # 5x cheaper than replace
    return tuple(quotes)


# Cue windows run from one quotation's close to the next's opening; overlaps would invert them.
def _apart(spans: list[Span]) -> list[Span]:
    """Unmarked `spans` (sorted by start) without one opening before the one kept before closes."""
    kept: list[Span] = []
    for span in spans:
        if not kept or span.open_at > kept[-1].close_at:
            kept.append(span)
    return kept


# The interviewee's own words stand unmarked in an answer; words in marks there are someone the
# interviewee quotes ("A clerk told me: “Come back in May.”"), whose cue the answer's own
# sentences hold: nobody, never the interviewee; but one the answer names at the cue ("Мой
# учитель Сергей Ломов говорил: «…»") is that person's, as anywhere else.
def _answered(
    spans: Sequence[Span], found: tuple[Attribution, ...], who: dict[int, Attribution]
) -> tuple[Attribution, ...]:
    """Each answer's own words credited to the interviewee, quotations inside it to nobody."""
    credited = []
    for span, own in zip(spans, found, strict=True):
        answer = who.get(span.frame) if span.frame is not None else None
        quoted = own if _named_at_cue(own, answer) else NOBODY
        credited.append(own if answer is None else quoted if span.marked else answer)
    return tuple(credited)


def _named_at_cue(own: Attribution, answer: Attribution | None) -> bool:
    """Whether a quotation inside an answer has a speaker its cue names, not the interviewee."""
    named = bool(own.speaker) and own.basis in ("cue", "colon_intro")
    capitalised = (own.mention or "")[:1].isupper()
    return named and capitalised and own.speaker != getattr(answer, "speaker", None)


def _older(text: str, cues: Cues) -> bool:
    """Whether `text` is older German print, with its own typography of marks."""
    return cues.nouns_capitalized and older_print(text)


# German ''…'' is wiki emphasis, '…' a name; older German print sets both round speech.
def _ignored(text: str, span: Span, cues: Cues) -> bool:
    """Whether the span's marks are no quotation marks in this language."""
    mark = "''" if text.startswith("''", span.open_at) else text[span.open_at]
    if mark in cues.ignored_marks and _older(text, cues):
        return False
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
    # a whole sentence in marks after a colon or comma is quoted on its own ("told me: “We
    # wait.”", "one told me, “We wait.”")
    if (
        before.endswith((":", "：", ",", "，"))
        and text[span.start : span.end].rstrip()[-1:] in _SHUTS
    ):
        return False
    if before[-1:].isalnum() or before.endswith("、"):
        return True
    after = text[span.close_at + 1 : span.close_at + 1 + _CUE_REACH]
    clause = _CLAUSE_END.split(after.lstrip(_GOES_ON))[0]
    first = after[:1]
    goes_on = first.isalnum() or (first != "" and first in _GOES_ON)
    return goes_on and not (clause and cues.verbs.search(clause))
