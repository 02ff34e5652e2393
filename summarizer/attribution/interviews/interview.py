"""Question-and-answer interviews: each answer turn is the speech of the one who answers."""
# Three shapes: tagged turns ("Q:"/"A:", "Вопрос:"/"Ответ:", "س:"/"ج:", "问："/"答："), named turns
# ("PUTIN: …", "Anna Berg: …"), and untagged question paragraphs in an article that announces an
# interview ("entretien avec X", "حوار مع X"), each followed by the answer.

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.han.hanname import name_shaped
from summarizer.attribution.interviews.interviewee import (
    capitalised,
    interviewee,
    named_words,
    untitled,
)
from summarizer.attribution.interviews.japanese import dashed, past_label
from summarizer.attribution.interviews.labels import label, person, uncapitalised
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.lazy import lazy
from summarizer.attribution.marks.marks import PARAGRAPH

Frame = tuple[int, int, int]
_TAG = re.compile(r"[ \t]*(?P<tag>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]*:")
_han_tag = lazy("[ \t]*(?P<tag>[\u3400-\u9fff]{2,3})[ \t]*[：:]")
_ASKED = re.compile(r"[?？؟]\s*$")
_MARKS = re.compile('["“”„«»「」]')
_INTRO = 3
_DASH = re.compile(r"[ \t]*(?:[—–][ \t]*)?")
_ANSWER = 3
"""Untagged questions begin within this many paragraphs of the interview's introduction."""
_MIN_TURNS = 2
_NAME_WORDS = 2
_INITIALS = re.compile(r"(?:[^\W\d_]\.[ \t]?)+")


@dataclass(frozen=True)
class Turns:
    """The question frames, the answer frames, and who speaks in each answer (by its key)."""

    questions: tuple[Frame, ...] = ()
    answers: tuple[Frame, ...] = ()
    speakers: dict[int, Attribution] = field(default_factory=dict)


# The article's `title` may announce the interview ("Entretien avec X"); it is never a turn.
def turns(text: str, cues: Cues, title: str = "") -> Turns:
    """The interview turns of `text`, if it is an interview; else none."""
    paragraphs = _paragraphs(text)
    return (
        _tagged(text, paragraphs, cues, title)
        or _dashed(text, paragraphs, cues, title)
        or _named(text, paragraphs, cues, title)
        or _asked(text, paragraphs, cues, title)
        or Turns()
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(g for gap in PARAGRAPH.finditer(text) for g in gap.span()), len(text)]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _tagged(text: str, paragraphs: list[tuple[int, int]], cues: Cues, title: str) -> Turns | None:
    """ "A: …" (or "Anna Berg: …") answers after "Q: …" questions, at least two of each."""
    if not cues.turns:
        return None
    questions: list[Frame] = []
    answers: list[tuple[Frame, str | None]] = []
    for start, end in paragraphs:
        turn = cues.turns.match(text, start, end)
        if turn:
            region = (turn.end() - 1, turn.end(), end)
            tag = turn.group("tag").lower()
            if tag in cues.answer_tags:
                answers.append((region, None))
            else:
                questions.append(region)
        elif questions and (named := _answer_tag(text, start, end, cues)):
            answers.append(((named.end() - 1, named.end(), end), named.group("tag")))
    if len(questions) < _MIN_TURNS or len(answers) < _MIN_TURNS:
        return None
    said = [(a, tag) for a, tag in answers if text[a[1] : a[2]].strip()]
    first = min(questions[0][0], answers[0][0][0])
    who = interviewee(text, cues, first, title)
    speakers = {a[0]: _tag_speaker(text, tag, first, cues) if tag else who for a, tag in said}
    # a one-word tag the introduction names no fuller ("Update:") is left to `_named`
    if any(
        tag and cues.spaced and len((speakers[a[0]].speaker or "").split()) < _NAME_WORDS
        for a, tag in said
    ):
        return None
    return Turns(tuple(questions), tuple(a for a, _ in said), speakers)


# Answers of an interviewee nobody names are quotations of no one known, never the article's; a
# paragraph another label opens ("鈴木：" an interpreter, "注：", "時間：") is not the guest's.
def _dashed(text: str, paragraphs: list[tuple[int, int]], cues: Cues, title: str) -> Turns | None:
    """The turns of a Japanese interview whose questions open with a dash ("――"), or None."""
    found = dashed(text, paragraphs, cues, title)
    if found is None:
        return None
    questions, answers, intro = found
    who = interviewee(intro, cues, len(intro))
    starts = [past_label(text, s, e, who.speaker) for _, s, e in answers]
    said = {a[0]: NOBODY if at is None else who for a, at in zip(answers, starts, strict=True)}
    answers = [
        (k, s if at is None else at, e) for (k, s, e), at in zip(answers, starts, strict=True)
    ]
    return Turns(tuple(questions), tuple(answers), said)


# After a question tag ("记者：", "Frage:"), the answer may be tagged with the answerer's name.
def _answer_tag(text: str, start: int, end: int, cues: Cues) -> re.Match[str] | None:
    """The name tag that opens an answer paragraph ("Krämer:", "林雪梅："), or None."""
    if not cues.spaced:
        turn = _han_tag().match(text, start, end)
        return turn if turn and name_shaped(turn.group("tag")) else None
    turn = _TAG.match(text, start, end)
    return turn if turn and _name_tag(turn.group("tag"), cues) else None


# The side whose turns mostly end in a question mark asks; every other turn is its name's speech.
# Without capitals (Chinese, Arabic) an answering side must name a person the introduction
# knows ("赵明远：", "الحداد:" for "سلمى الحداد"), else the turns are no interview of a named one.
def _named(
    text: str, paragraphs: list[tuple[int, int]], cues: Cues, title: str = ""
) -> Turns | None:
    """The "PUTIN: …" turns of at least two sides with two turns each, or None."""
    by_tag: dict[str, list[tuple[Frame, str]]] = defaultdict(list)
    for start, end in paragraphs:
        turn = _side(text, start, end, cues)
        if turn and text[turn.end() : end].strip():
            frame = (turn.end() - 1, turn.end(), end)
            # one side by its last word: "TOMAS BERGLUND:" once, then "BERGLUND:"
            by_tag[turn.group("tag").split()[-1].casefold()].append((frame, turn.group("tag")))
    sides = {tag: turns for tag, turns in by_tag.items() if len(turns) >= _MIN_TURNS}
    asking = {tag for tag, turns in sides.items() if 2 * _questions(text, turns) > len(turns)}
    if len(sides) < _MIN_TURNS or not asking or asking == set(sides):
        return None
    first = min(frame[0] for turns in sides.values() for frame, _ in turns)
    # older German print knows no journalist's interview: its asking turns are a hearing's or a
    # sitting's ("Vors.: Bekennen Sie sich schuldig?" / "Angekl.: Nein."), the asker's own speech
    asking = set() if cues.nouns_capitalized and older_print(text) else asking
    questions = sorted(frame for tag in asking for frame, _ in sides[tag])
    # each name read once: reading the introduction per turn would grow with turns times words
    names = {name for tag in sides if tag not in asking for _, name in sides[tag]}
    who = {name: _side_speaker(text, name, first, cues, title) for name in names}
    answers = sorted(
        (frame, who[name])
        for tag, turns in sides.items()
        if tag not in asking
        for frame, name in turns
    )
    if any(found.speaker is None for found in who.values()):
        return None
    return Turns(tuple(questions), tuple(f for f, _ in answers), {f[0]: a for f, a in answers})


def _side(text: str, start: int, end: int, cues: Cues) -> re.Match[str] | None:
    """The name or label that opens the paragraph [start, end) as a turn, or None."""
    if uncapitalised(cues):
        return label(text, start, end, cues)
    turn = _TAG.match(text, start, end)
    return turn if turn and _name_tag(turn.group("tag"), cues) else None


def _side_speaker(text: str, tag: str, before: int, cues: Cues, title: str) -> Attribution:
    """Who speaks in the turns a name or label tags."""
    if not uncapitalised(cues):
        return _tag_speaker(text, tag, before, cues)
    name = person(text, tag, before, cues, title)
    return Attribution(name, ":", tag, "interview_turn") if name else NOBODY


# Not a label such as "Photo" that opens a caption once; an article may open an outlet's name
# ("Le Monde :", "Die Zeit:"), never a one-word tag ("However:").
def _name_tag(tag: str, cues: Cues) -> bool:
    """Whether a paragraph tag is a speaker's name ("PUTIN", "Anna Berg", "Le Monde", "Q")."""
    words = tag.split()
    outlet = len(words) > 1 and words[0].lower() in cues.articles
    return all(w[0].isupper() for w in words) and (outlet or words[0].lower() not in cues.stop)


def _questions(text: str, turns: list[tuple[Frame, str]]) -> int:
    return sum(1 for (_, start, end), _ in turns if _ASKED.search(text, start, end))


# Else the name itself with only its first letters capitalised.
def _tag_speaker(text: str, tag: str, before: int, cues: Cues) -> Attribution:
    """The fullest form of a turn's name in the introduction ("PUTIN" -> "Vladimir Putin")."""
    words = [w for w in tag.split() if w.lower().rstrip(".") not in cues.titles] or tag.split()
    plain = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)
    last = words[-1].casefold()
    fuller = [
        name for name in _intro_names(text, before, cues).get(last, ()) if len(name) > len(plain)
    ]
    name = fuller[0] if fuller else _initialled(text, tag, before, cues) or plain
    return Attribution(name, ":", tag, "interview_turn")


# Read once for all the turns' tags, not again over the introduction for each tag.
@functools.lru_cache(maxsize=2)
def _intro_names(text: str, before: int, cues: Cues) -> dict[str, list[str]]:
    """The names the capitalised runs of the introduction (up to `before`) give, by last word."""
    names: dict[str, list[str]] = defaultdict(list)
    for run in capitalised(text, 0, before):
        name = _run_name(run, cues)
        names[name.split()[-1].casefold()].append(name)
    return names


# Where nouns are capitalised, a run may open with its noun ("Die Expertin Eva Roth"); in
# Russian, with a noun only the sentence's start capitalised ("Гляциолог Ирина Котова: «…»").
def _run_name(run: str, cues: Cues) -> str:
    """The words of a capitalised run of the introduction that name its person."""
    words = untitled(run, cues).split()
    return " ".join(words[-_NAME_WORDS:] if cues.nouns_capitalized else named_words(words, cues))


# "A. M. :" for "Antoine Marchetti", "A.M.:" too; a lone initial ("F.:") only when one name of the
# introduction has its surname start so.
def _initialled(text: str, tag: str, before: int, cues: Cues) -> str | None:
    """The one name in the introduction whose initials a tag of initials writes."""
    if not _INITIALS.fullmatch(tag):
        return None
    letters = [c for c in tag if c.isalpha()]
    names = {untitled(run, cues) for run in capitalised(text, 0, before, cues)}
    found = {
        name
        for name in names
        if len(words := name.split()) >= _NAME_WORDS
        and ([w[0] for w in words] == letters or letters == [words[-1][0]])
    }
    return found.pop() if len(found) == 1 else None


# An interview: the introduction or title announces one, or three or more questions each take one
# to three answer paragraphs (an interview page whose title alone says so).
def _asked(text: str, paragraphs: list[tuple[int, int]], cues: Cues, title: str) -> Turns | None:
    """Question paragraphs, each followed by its answer paragraphs, in an interview, or None."""
    asked = [i for i, (s, e) in enumerate(paragraphs) if _question(text, s, e)]
    if len(asked) < _MIN_TURNS or asked[0] > _INTRO or not cues.spaced:
        return None
    intro = f"{title}\n{text[: paragraphs[asked[0]][0]]}".casefold()
    steps = [b - a for a, b in pairwise(asked)]
    regular = len(asked) > _MIN_TURNS and all(1 < step <= _ANSWER + 1 for step in steps)
    if not regular and not any(word in intro for word in cues.interview_words):
        return None
    questions: list[Frame] = []
    answers: list[Frame] = []
    # The last answer is one paragraph: what follows it may be the article's own closing.
    for index, following in zip(asked, [*asked[1:], asked[-1] + 2], strict=True):
        start, end = paragraphs[index]
        questions.append((start - 1, start, end))
        for asks, (s, e) in _dashed_turns(text, paragraphs[index:following]):
            (questions if asks else answers).append((s - 1, _undashed(text, s, e), e))
    if sum(1 for i in asked if i + 1 < len(paragraphs) and i + 1 not in asked) < _MIN_TURNS:
        return None
    who = interviewee(text, cues, paragraphs[asked[0]][0], title)
    if who.speaker is None:  # untagged answers of nobody known stay the article's text
        return None
    return Turns(tuple(questions), tuple(answers), {a[0]: who for a in answers})


# In a dashed interview each dash opens a turn, and turns alternate: a question need not end
# in a question mark ("— Рабочие боятся сокращений."); a paragraph with no dash goes on a turn.
def _dashed_turns(
    text: str, paragraphs: list[tuple[int, int]]
) -> Iterator[tuple[bool, tuple[int, int]]]:
    """The paragraphs after a question (the first of `paragraphs`), each with whether it asks."""
    dashed = _opens_dash(text, *paragraphs[0])
    turn = 0
    for start, end in paragraphs[1:]:
        turn += dashed and _opens_dash(text, start, end)
        yield turn > 0 and turn % 2 == 0, (start, end)


def _opens_dash(text: str, start: int, end: int) -> bool:
    return _DASH.match(text, start, end).group().strip() != ""  # type: ignore[union-attr]


def _undashed(text: str, start: int, end: int) -> int:
    """Where an answer paragraph's words begin, past a dialogue dash ("— Весной.")."""
    return _DASH.match(text, start, end).end()  # type: ignore[union-attr]


def _question(text: str, start: int, end: int) -> bool:
    """A paragraph in the interviewer's own voice that ends in a question mark."""
    return _ASKED.search(text, start, end) is not None and not _MARKS.search(text, start, end)
