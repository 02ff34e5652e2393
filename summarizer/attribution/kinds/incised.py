"""Older German speech without marks, cut by a reporting incise: "Die Börse, erklärte er, ist …"."""
# Old print often sets a statement without marks and puts the cue inside it between commas, the
# verb first: what opens the sentence before the first comma is the speaker's words. Today's news
# would mark them, and a Konjunktiv I after the incise ("…, sagte er, sei …") is indirect speech.

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.marks.unmarked import inside_marks, paragraph_breaks, unmarked_span

_INCISE = re.compile(r", ([a-zäöüß]+) ((?:[^\W\d_][\w.=-]* ){0,5}?[^\W\d_][\w=-]*), ([a-zäöüß]+)\b")
_OPENER = re.compile(r"[.!?:;\n]")
_WORD = re.compile(r"[^\W\d_]+")
_LEAD_WORDS = 6  # a short stretch of words between the sentence's start and the incise
_LEAD_REACH = 80
# a capital or a dash that opens the next line of dialogue follows a sentence's end (old print
# may set that dash right after the stop: "– Wer?– Wir, sagte er."); a transcription sets the
# dash as two hyphens ("-- Wir, sagte er.")
_SENTENCE_END = re.compile(
    r"[.!?](?=\s+(?:(?:[–—]|--)\s+)?[A-ZÄÖÜ]|\s*(?:[–—]|--)\s+[A-ZÄÖÜ]|\s*$)"
)
_REST_REACH = 300
_MARKS = re.compile('[„“”"»«]')  # a marked quotation in the rest is its own
_DASH = re.compile(r"(?:–|—|--)[ \t]+(?=[A-ZÄÖÜ])")  # one character opens each branch: fast scan
# The incise's subject ends the sentence, goes on after a comma (also with a noun or the polite
# "Sie": "sagte der Wächter, Sie stehen ja hier") or before "und" and the narrator's next verb
# ("meinte Krause und hob die Laterne": the speech is the words before the incise only).
_DASH_CUE = re.compile(
    r", ([a-zäöüß]+) ((?:[^\W\d_][\w.=-]* ){0,3}?[^\W\d_][\w=-]*)"
    r"(?=[.!?;]|, ([^\W\d_]+)\b| und )"
)
# a dash opens a line of dialogue after these, where the text starts ("") or on a new line
_OPENS = frozenset([".", "!", "?", "…", ":", ""])
_LOOK_BACK = 8
_LEAD = " \t\n–—-"  # the dash that opens a line of dialogue is no word of it
_OLDER = _data.load_toml("german.toml")["older_print"]
_SUBJECT_OPENERS = frozenset(_OLDER["incise_subjects"])
# "Ich weiß es nicht, versetzte Frau Rathgeber kurz.": an incise that ends the sentence, after
# words in the first or second person, which narration does not use
_FINAL = re.compile(r", ([a-zäöüß]+) ((?:[^\W\d_][\w.=-]* ){0,3}?[^\W\d_][\w=-]*)(?=[.!?](?:\s|$))")
_PERSONS = frozenset([*_OLDER["second_person"], *_OLDER["first_person_more"]])


def incised(text: str, marked: list[Span], cues: Cues) -> Iterator[Span]:
    """Spans of a sentence's opening words before a comma, a reporting verb and its subject."""
    if not cues.nouns_capitalized or ", " not in text or not older_print(text):
        return
    opens = [s.open_at for s in marked]
    gaps = paragraph_breaks(text)
    dashed = list(_dashed(text, cues))
    done = {comma for _, comma, _ in dashed}
    lines = [line for line in _incises(text, cues) if line[1] not in done]
    lines += [line for line in _final_incises(text, cues) if line[1] not in done]
    for start, comma, rest in sorted([*dashed, *lines], key=lambda line: line[1]):
        if start is None or inside_marks(marked, opens, comma):
            continue  # no short opening, or inside a marked quotation
        yield unmarked_span(text, start, comma, gaps)
        end = _SENTENCE_END.search(text, rest, rest + _REST_REACH) if rest >= 0 else None
        if end is not None and not _MARKS.search(text, rest, end.end()):
            yield unmarked_span(text, rest, end.end(), gaps)  # the rest: the same speech


# A line of dialogue set with a dash and no marks, the cue after a comma: "– Wir haben lange
# gewartet, sagte der Müller." The dash opens the speech, so it runs past commas to the first
# incise of a reporting verb and its subject; the sentence may end there or go on after a comma.
def _dashed(text: str, cues: Cues) -> Iterator[tuple[int | None, int, int]]:
    """(speech start, incise comma, start of the rest or -1) of each dashed line of dialogue."""
    for dash in _DASH.finditer(text):
        before = text[max(0, dash.start() - _LOOK_BACK) : dash.start()]
        if "\n" not in before and before.rstrip()[-1:] not in _OPENS:
            continue  # a dash inside a sentence is a pause, not a line of dialogue
        stop = _SENTENCE_END.search(text, dash.end(), dash.end() + _REST_REACH)
        if stop is None or _MARKS.search(text, dash.end(), stop.start()):
            continue
        for incise in _DASH_CUE.finditer(text, dash.end(), stop.end()):
            if _said(incise.group(1), incise.group(2), incise.group(3) or "", cues):
                rest = incise.start(3) if incise.group(3) else -1
                yield dash.end(), incise.start(), rest
                break


def _said(verb: str, subject: str, going_on: str, cues: Cues) -> bool:
    """Whether the incise is a reporting verb, its subject, and words that go on indicative."""
    if not cues.verbs.fullmatch(verb) or verb in cues.particles or going_on in cues.reported:
        return False
    first = subject.split()[0]
    return first[:1].isupper() or first in _SUBJECT_OPENERS


def _incises(text: str, cues: Cues) -> Iterator[tuple[int | None, int, int]]:
    """(speech start or None, incise comma, start of the rest) of each incise of a cue."""
    for incise in _INCISE.finditer(text):
        if _said(incise.group(1), incise.group(2), incise.group(3), cues):
            start = _opening(text, incise.start())
            if start is not None and _indirect(text[start : incise.start()], cues):
                start = None  # "Wer habe Oesterreich gerettet, fragt der Redner, …": reported
            yield start, incise.start(), incise.start(3)


def _indirect(lead: str, cues: Cues) -> bool:
    """Whether the words before an incise speak in the Konjunktiv I (a form of `reported`: "habe",
    "sei", "werde"), not after "ich", whose "habe" and "werde" are indicative."""
    words = {w.lower() for w in _WORD.findall(lead)}
    return "ich" not in words and not words.isdisjoint(cues.reported)


def _opening(text: str, comma: int) -> int | None:
    """Where the sentence opens before `comma`, if only a few words, none a comma, stand there."""
    head = text[max(0, comma - _LEAD_REACH) : comma]
    ends = list(_OPENER.finditer(head))
    if not ends:
        return None
    start = comma - len(head) + ends[-1].end()
    start += len(text[start:comma]) - len(text[start:comma].lstrip(_LEAD))
    lead = text[start:comma]
    words = lead.split()
    if not words or len(words) > _LEAD_WORDS or "," in lead or _MARKS.search(lead):
        return None
    return start


def _final_incises(text: str, cues: Cues) -> Iterator[tuple[int, int, int]]:
    """(speech start, incise comma, -1) of each sentence that ends in an incise of a cue after
    a few words in the first or second person, none a Konjunktiv of report."""
    for incise in _FINAL.finditer(text):
        if not _said(incise.group(1), incise.group(2), "", cues):
            continue
        start = _opening(text, incise.start())
        lead = text[start : incise.start()] if start is not None else ""
        words = {w.lower() for w in _WORD.findall(lead)}
        spoken = not words.isdisjoint(cues.first_person) or not words.isdisjoint(_PERSONS)
        if start is not None and spoken and not _indirect(lead, cues):
            yield start, incise.start(), -1
