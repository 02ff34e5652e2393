"""English: "the Briton said", "the Democrat said", "the 45-year-old said": the person in view."""

# A country's or a party's noun after "the" ("the Briton", "the Oklahoma Republican") or an age
# noun ("the 45-year-old") at a cue, which no title or age given with a name resolved, takes up
# the person the text has just named: the one person named since the previous quotation in the
# quotation's paragraph (or, with nobody there, in the paragraph before). Never when two people are
# named there, when that person is the previous quotation's speaker (then the description is
# someone else: the writer would have said "she"), or, for an age, when any age is written there
# ("a 45-year-old man was arrested": his). A guess, so never sure. English and Polish (English
# text) only; data: nonspeakers.toml (`demonyms`, `affiliations`).

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.roster import Roster
from summarizer.attribution.speakers.shared_roster import roster_for

_EN = _data.load_toml("nonspeakers.toml")["en"]
_NOUNS = frozenset([*_EN["demonyms"], *_EN["affiliations"]])
_AGE_NOUN = re.compile(r"(?<![\w-])\d{1,3}-year-old$")
_ANY_AGE = re.compile(r"\d{1,3}-year-old|, \d{1,3},|\(\d{1,3}\)|aged \d")
_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_LAST_WORD = re.compile(r"(\w+)\s+$")  # the word right before a name
_OBJECTS = frozenset(_EN["in_view_objects"])
_CALENDAR = frozenset(_EN["calendar"])


def in_view(
    text: str, spans: Sequence[Span], found: Sequence[Attribution], cues: Cues
) -> tuple[Attribution, ...]:
    """`found`, each description above linked to the one person in view before its quotation."""
    if cues.family != "en" or not any(_described(text, a) for a in found):
        return tuple(found)
    linked: dict[tuple[str | None, int], str] = {}
    close, previous = 0, None
    for span, attribution in zip(spans, found, strict=True):
        key = (attribution.speaker, attribution.mention_at)
        if key not in linked and _described(text, attribution):
            end = min(span.open_at, attribution.mention_at)
            person = _person(text, (max(close, span.para_start), end), attribution, previous)
            if person is None and close < span.para_start:
                before = text.rfind("\n", 0, max(0, span.para_start - 1)) + 1
                person = _person(text, (max(close, before), span.para_start), attribution, previous)
            linked.update({key: person} if person else {})
        close, previous = span.close_at, attribution.speaker
    return tuple(
        replace(a, speaker=linked[a.speaker, a.mention_at], sure=False)
        if (a.speaker, a.mention_at) in linked
        else a
        for a in found
    )


def _described(text: str, found: Attribution) -> bool:
    """Whether the speaker is a description as written: "the Briton", "the 45-year-old"."""
    speaker, at = found.speaker or "", found.mention_at
    if not speaker or at < 0 or found.cue_at < 0:
        return False
    if _AGE_NOUN.search(speaker):
        return True
    last = speaker.split()[-1]
    if last.lower() not in _NOUNS or not last[:1].isupper():
        return False
    mention = (found.mention or "").lower()
    return mention.startswith("the ") or text[max(0, at - 4) : at].lower() == "the "


def _person(
    text: str, region: tuple[int, int], found: Attribution, previous: str | None
) -> str | None:
    """The one person named in `text[region]`, if the description may take them up."""
    start, end = region
    if start >= end or (
        _AGE_NOUN.search(found.speaker or "") and _ANY_AGE.search(text, start, end)
    ):
        return None
    index = _people(roster_for(text, "en"))
    named: set[str] = set()
    subjects: set[str] = set()  # named where a subject may stand: not after "on", "with"
    for word in _CAPITAL.finditer(text, start, end):
        names = index.get(word.group(), frozenset())
        named.update(names)
        before = _LAST_WORD.search(text, max(0, word.start() - 20), word.start())
        prior = before.group(1) if before else ""
        if not any(prior in name.split() for name in names):  # "Jo Hale": "Jo" decided
            subjects.update(names if prior not in _OBJECTS else ())
    if len(named) != 1 or previous in named or named != subjects:
        return None
    return named.pop()


@functools.lru_cache(maxsize=4)
def _people(roster: Roster) -> dict[str, frozenset[str]]:
    """Each word of a full name the article gives, with the names it is a word of, once."""
    found: dict[str, set[str]] = {}
    for word, placed in roster.by_word().items():
        people = (n for _, n in placed if _CALENDAR.isdisjoint(n.lower().split()))
        found.setdefault(word, set()).update(people)  # "Twitter Thursday": a date, no person
    return {word: frozenset(names) for word, names in found.items()}
