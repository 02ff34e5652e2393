"""Who answers in an interview: the interviewee named in its introduction or headline."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.frames.arabic import arabic_name
from summarizer.attribution.frames.fleeting import fleeting
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.han.cjk import zh_titled
from summarizer.attribution.han.hanname import described_name, ending_title, full_name
from summarizer.attribution.interviews.headline import after_agent, asking, person, speaks
from summarizer.attribution.interviews.japanese import interviewee as ja_interviewee
from summarizer.attribution.interviews.meeting import (
    last_words,
    outlet_met,
    staff,
    this_interview,
)
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.inflect import nominative
from summarizer.attribution.lexicon.lazy import lazy

_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")
_PHRASE_END = re.compile(r"[,.;:!?()\[\]،؛\n—–]")
_NAME_WORDS = 2
_INITIAL = 3
_INITIAL_LEN = 2  # "J."
_han_run = lazy("[\u3400-\u9fff]+")
_ZH = _data.load_toml("interviews.toml")["zh"]
_HEAD = tuple(_ZH["head_ends"])
_ASPECT = _ZH["aspect"]
_DIGIT = re.compile(r"\d")
# an elided article before a lower-case word opens a description ("L'ex-ministre"), not a name
_ELIDED = re.compile(r"[^\W\d_]['’][a-zà-ÿ]")
_MIN_WORDS = 2
_MAX_WORDS = 4
_HEADLINE_CHARS = 200
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_RUN_REACH = 60
_DESCRIPTION = 2  # words between an asking phrase and the name: "the architect"
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_OTHERS = 3  # other names checked for being places; more leave nobody (and the scan linear)


# Given `cues`, none right after an agent word, as in a byline ("Propos recueillis par X").
def capitalised(text: str, start: int, end: int, cues: Cues | None = None) -> list[str]:
    """Runs of capitalised words in [start, end) separated only by spaces."""
    runs: list[list[re.Match[str]]] = []
    for word in _WORD.finditer(text, start, end):
        # a byline's own "By" opens no name
        if not word.group()[0].isupper() or (cues and word.group().lower() in cues.agents):
            continue
        if (
            runs
            and not text[runs[-1][-1].end() : word.start()].strip(" \t")
            and not _ends(runs[-1][-1])
        ):
            runs[-1].append(word)
        elif not (cues and after_agent(text, word.start(), cues)):
            runs.append([word])
    return [text[run[0].start() : run[-1].end()] for run in runs]


# "Eastwick. We spoke to her": a period after a word longer than an initial ("J. K.") ends its
# sentence, and the run of capitals with it.
def _ends(word: re.Match[str]) -> bool:
    """Whether a capitalised word closes its sentence."""
    return word.group().endswith(".") and len(word.group()) > _INITIAL_LEN


# Else the one person it names, else the name after such a phrase in the article's `title`
# ("حوار مع وزير الصحة سامي حداد"); nobody when the introduction names several.
def interviewee(text: str, cues: Cues, before: int, title: str = "") -> Attribution:
    """Who answers: the name after "interview with" (or its like) in the introduction."""
    if cues.family == "ja":
        named = ja_interviewee(f"{title}\n{text[:before]}", cues)
        return Attribution(named, None, named, "interview_turn") if named else NOBODY
    if not cues.spaced:
        intro = f"{title}\n{text[:before]}"
        titled = _zh_interviewed(intro, cues) or zh_titled(text, 0, before, cues)
        return Attribution(titled, None, titled, "interview_turn" if titled else "none")
    announced = _person(_announced(text, cues, before), cues)
    head = "" if title else _headline(text, before)
    name, sure = (announced, True) if announced else _only_name(text, cues, before, title, head)
    if name is None and title:
        name = _person(_announced(title, cues, len(title)), cues)
    name = name or _headline_speaker(text, before, title)
    return Attribution(name, None, name, "interview_turn", sure=sure) if name else NOBODY


# Where nouns are capitalised, two capitalised words may be a body ("mit der Deutschen Bahn"):
# only a known first name shows a person ("mit der Bürgermeisterin Katrin Vogt").
def _person(name: str | None, cues: Cues) -> str | None:
    """`name`, unless capitalised nouns leave it no sign of naming a person."""
    if name and cues.nouns_capitalized and first_name(name, cues.family) is None:
        return None
    return name


# "专访气象学家陈国栋：" -> "陈国栋"
def _zh_interviewed(intro: str, cues: Cues) -> str | None:
    """The Chinese name right after an interview word ("专访林雪梅")."""
    for word in cues.interview_words:
        at = intro.find(word)
        if at < 0:
            continue
        at += len(word)
        segment = _han_run().match(intro, at + intro.startswith(_ASPECT, at))
        words = segment.group() if segment else ""
        if full_name(words) or described_name(words):
            return words if full_name(words) else described_name(words)
        if titled := _after_title(words, cues):
            return titled
    return None


# "市图书馆馆长王建华" -> "王建华": a title (or the "长" of a head's title) then a full name ends it
def _after_title(words: str, cues: Cues) -> str | None:
    """The full name that ends `words` right after a title."""
    for size in (3, 4):
        name, before = words[-size:], words[:-size]
        if full_name(name) and (before.endswith(_HEAD) or ending_title(before, cues.titles)):
            return name
    return None


# A plain-text article has no title apart: its headline is its first line, a paragraph of its
# own before the introduction ("Elena Vidal: «…»\n\nENTREVISTA. La directora …").
def _headline(text: str, before: int) -> str:
    """The text's first line when it is a paragraph of its own before `before`, else ""."""
    line, gap, _ = text[:before].partition("\n\n")
    return line if gap and "\n" not in line.strip() and len(line) <= _HEADLINE_CHARS else ""


# An interview's headline often opens with the interviewee's name and a colon ("Marta Quiroga:
# “El agua …”"), a name the introduction repeats.
def _headline_speaker(text: str, before: int, title: str) -> str | None:
    """The name before the headline's colon, when the introduction names it too."""
    head, colon, _ = title.partition(":")
    name = head.strip()
    if not colon or not _MIN_WORDS <= len(name.split()) <= _MAX_WORDS or _DIGIT.search(name):
        return None
    return name if name in text[:before] else None


def _announced(text: str, cues: Cues, before: int) -> str | None:
    """The name right after an interview phrase ("entretien avec le ministre Paul Verne")."""
    intro = text[:before].casefold()
    for phrase in cues.interview_with:
        at = intro.find(phrase)
        if at < 0:
            continue
        start = at + len(phrase)
        stop = _PHRASE_END.search(text, start, before)
        end = stop.start() if stop else before
        # one word is no full name, and may be the outlet itself ("في حوار مع الصحيفة")
        if cues.family == "ar" and " " in (name := arabic_name(text, start, end, cues) or ""):
            return name
        if cues.family == "ar":
            continue  # "حوار مع وزير الزراعة:" names no one; the introduction may
        runs = [untitled(run, cues) for run in capitalised(text, start, end)]
        # the name right after the phrase, not a noun further on ("mit dem Förster Jonas
        # Albrecht geht es um kranke Fichten")
        if runs and len(runs[0].split()) > 1:
            return _plain(" ".join(runs[0].split()[-_NAME_WORDS:]), cues)
    return None


# Of several, the one the title names ("hospital chief Rafael Duarte on the winter crisis"). A
# plain text's first line (`head`) is a paragraph of the introduction itself, so naming a name
# there tells nothing: it picks only the name it opens with before a colon or comma ("Elena Vidal:
# «…»", the speaker of its words) that the introduction's body names too, not as the interviewer.
# A headline that quotes ("«Pedro Almodóvar me cambió la vida»"), names a place ("Festival de San
# Sebastián:") or opens a sentence ("Pablo Serrano entrevista a…") picks none.
# A guest found from an asking phrase alone is never sure (False with it): the sentence may tell
# of another meeting ("Lena Morales met Mayor Tom Hale on Monday to discuss the tram").
def _only_name(
    text: str, cues: Cues, before: int, title: str, head: str
) -> tuple[str | None, bool]:
    """The one name of two or more capitalised words (titles dropped) in the introduction."""
    if cues.family == "ar":
        return _titled_arabic(text, cues, before), True
    names = {n for run in capitalised(text, 0, before, cues) if (n := _name_of(run, cues))}
    several = set(names)
    if len(names) > 1 and head:
        names = {name for name in names if speaks(text, head, name, names, before, cues)}
    elif len(names) > 1:
        names = {name for name in names if name in title}
    if len(names) != 1 and len(several) > 1:
        return _guest(text, several, before, cues), False
    name = names.pop() if len(names) == 1 else None
    return (None if name and staff(text, name, before, cues) else name), True


def _name_of(run: str, cues: Cues) -> str | None:
    """The person's name a capitalised run writes (titles dropped), if of two words or more."""
    words = untitled(run, cues).split()
    while words and (words[0].lower() in cues.stop or _ELIDED.match(words[0])):
        words.pop(0)
    return _plain(" ".join(named_words(words, cues)), cues) if len(words) > 1 else None


# Of several names, the guest is only the one the introduction writes as the one interviewed,
# the object of an asking phrase ("Simon Clarke met the architect Lena Morales", "conversa con
# la directora Elena Vidal"), when every other name asks or is a place. Never by elimination: a
# byline, a photographer's or translator's credit, the object of another verb ("succeeded Tom
# Hale") or a subject beside ("Mayor Tom Hale wants a tram") leave the answers nobody's, and so
# does a description as the one interviewed ("spoke to the engineer who designed it"). When the
# phrase meets the outlet or its own writer, its subject is the one interviewed.
def _guest(text: str, names: set[str], before: int, cues: Cues) -> str | None:
    """The one name of `names` the introduction writes as the one interviewed, else None."""
    phrases = asking(cues)
    if not phrases:
        return None
    askers, asked = set(), set()
    pattern = rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, phrases))})(?![^\W\d_])"
    last = last_words(text, before)
    for phrase in re.finditer(pattern, text[:before], re.IGNORECASE):
        if not this_interview(text, phrase.start(), phrase.end(), before, last, cues):
            continue
        runs = capitalised(text, max(0, phrase.start() - _RUN_REACH), phrase.start(), cues)
        subject = runs and text[: phrase.start()].rstrip().endswith(runs[-1])
        if outlet_met(text, phrase.end(), before, cues):
            asked.add(_name_of(runs[-1], cues) if subject else None)
            askers.add(_met_name(text, phrase.end(), before, cues))
            continue
        if subject:
            askers.add(_name_of(runs[-1], cues))
        asked.add(_object(text, phrase.end(), before, cues))
    others = names - askers - asked
    if len(asked) != 1 or None in asked or asked & askers or len(others) > _OTHERS:
        return None
    if any(person(text, other, before, cues) for other in others):
        return None
    return asked.pop()


def _met_name(text: str, start: int, before: int, cues: Cues) -> str | None:
    """The first name after an asking phrase ending at `start`, whatever describes it."""
    stop = _PHRASE_END.search(text, start, min(before, start + _RUN_REACH))
    runs = capitalised(text, start, stop.start() if stop else min(before, start + _RUN_REACH), cues)
    return _name_of(runs[0], cues) if runs else None


# The one interviewed follows its phrase at once or after a short description ("the architect"),
# never after a preposition ("spoke to him about Tom Hale") or across punctuation.
def _object(text: str, start: int, before: int, cues: Cues) -> str | None:
    """The name right after an asking phrase ending at `start`, else None."""
    stop = _PHRASE_END.search(text, start, min(before, start + _RUN_REACH))
    end = stop.start() if stop else min(before, start + _RUN_REACH)
    runs = capitalised(text, start, end, cues)
    if not runs:
        return None
    between = text[start : text.index(runs[0], start)].split()
    if len(between) > _DESCRIPTION or (between and between[-1].lower() in cues.governing):
        return None
    # a possessive names someone else ("spoke to Tom Hale's widow")
    return None if runs[0].endswith(_POSSESSIVE) else _name_of(runs[0], cues)


# Russian writes a name as two words, or three with a patronymic in the middle: a longer run
# opens with a word that only the sentence's start capitalised ("Гляциолог Павел Никитин").
def named_words(words: list[str], cues: Cues) -> list[str]:
    """The words of a capitalised run that name the person."""
    if not cues.patronymics or len(words) <= _NAME_WORDS:
        return words
    return words[-_NAME_WORDS - words[-2].endswith(cues.patronymics) :]


# No capitals mark an Arabic name: the words after a title ("تحدث وزير الزراعة خالد منصور عن").
def _titled_arabic(text: str, cues: Cues, before: int) -> str | None:
    """The one name of two or more words after a title in an Arabic introduction."""
    names: set[str] = set()
    for word in _LOWER_WORD.finditer(text, 0, before):
        if word.group() in cues.titles:
            stop = _PHRASE_END.search(text, word.start(), before)
            name = arabic_name(text, word.start(), stop.start() if stop else before, cues)
            names |= {name} if name and " " in name else set()
    return names.pop() if len(names) == 1 else None


# Where names decline: "с Ольгой Марковой" -> "Ольга Маркова", "с Павлом" -> "Павел" (the
# vowel the case drops comes back).
def _plain(name: str, cues: Cues) -> str:
    """A name without the sentence's period ("Ольгой Марковой."), in the nominative."""
    if name.endswith(".") and len(name.split()[-1]) > _INITIAL:
        name = name[:-1]
    turned = nominative(name, cues.instrumental_endings)
    return name if turned == name else " ".join(fleeting(w, cues) for w in turned.split())


def untitled(name: str, cues: Cues) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in cues.titles]
    return " ".join(words) or name
