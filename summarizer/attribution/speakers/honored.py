"""A surname after an honorific that marks a gender, among people of that surname."""

# "Sara Pike and Dan Pike run the bakery. “…,” Mr. Pike said": the surname alone stands for the
# first of the two named, but "Mr." marks a man, and of the two only Dan is marked a man (by his
# first name, a title or a role: frames/forenames.py), so Dan Pike speaks, low. Only when the name
# found is marked with the other gender: one marked with neither may well be the one meant
# ("Khizr and Ghazala Khan … her son, Humayun Khan … Mr. Khan": not Humayun). Where no one of
# that surname is marked with the honorific's gender, nobody speaks.

from __future__ import annotations

import re

from summarizer.attribution.frames.bearers import first_bearer
from summarizer.attribution.frames.canonical import same_person
from summarizer.attribution.frames.forenames import honorifics, name_marks
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.generations import generation, of_generation
from summarizer.attribution.speakers.namesakes import shared
from summarizer.attribution.speakers.persons import firm
from summarizer.attribution.speakers.pronoun_fit import body
from summarizer.attribution.speakers.roster import WEIGHED, Placed
from summarizer.attribution.speakers.shared_roster import roster_for
from summarizer.attribution.speakers.verb_bearers import verb_bearer

_OTHER = {"masculine": "feminine", "feminine": "masculine"}
_LEAD = re.compile(r"\b(\w+)\.? \Z")  # the word (and its full stop) right before a name
_OPENERS = '.!?\n"”'  # what ends the text before a sentence: a stop, a paragraph, a quotation


def _honorific(words: str, family: str) -> str | None:
    """What an honorific opening `words` marks ("Mr. Pike": masculine, "Dr. Pike": any), if any."""
    first, space, _ = words.partition(" ")
    return honorifics(family).get(first.rstrip(".").lower()) if space else None


def gendered(words: str, family: str) -> str:
    """The gender the honorific opening `words` marks ("Mr. Pike": masculine), else ""."""
    wanted = _honorific(words, family)
    return wanted if wanted in _OTHER else ""


# "Mr. Balasubramanian is unconvinced": a lone word right after an honorific that opens its
# sentence is a person's surname, whom a pronoun after it may stand for, even where no forename
# was ever written. Within a sentence it is mostly an object ("Harold Winfield praised Mr.
# Brackett. “…,” he said": Winfield speaks), so there only where it tells its gender from every
# person named before it ("Harold Winfield met Ms. Oduya. “…,” she said": Oduya).
def honoured(text: str, at: int, cues: Cues, earlier: list[tuple[str, str | None, int]]) -> bool:
    """Whether an honorific ("Mr.", "Ms") before the word at `at` makes it a person's surname."""
    lead = _LEAD.search(text, max(0, at - 12), at)
    if lead is None or lead.group(1).lower() not in honorifics(cues.family):
        return False
    before = text[max(0, lead.start() - 3) : lead.start()].rstrip()
    if not before or before[-1] in _OPENERS:
        return True
    wanted = gendered(lead.group(), cues.family)
    return bool(wanted and earlier) and all(marked == _OTHER[wanted] for _, marked, _ in earlier)


# "Pete Varga and Rob Varga … “…,” Varga said": either one, so nobody (namesakes.py).
def namesake_choice(
    text: str, said: tuple[str, str, str], found: str | None, at: int, cues: Cues
) -> str | None:
    """For a surname said as `said` (words, surname, cue), `found` or the other choice."""
    index = roster_for(text, cues.family).by_word()
    words, surname, cue = said
    ranked = generation(surname) if cues.family == "ru" else None
    if ranked:  # "Галиев-старший": the elder, or nobody
        return of_generation(text, surname, index.get(ranked[0], []))
    if cues.family == "ru":  # "Анна Демченко … Виктор Демченко … — признался Демченко": him
        found = verb_bearer(found, surname, cue, index.get(surname, []))
    gender = _honorific(words, cues.family)
    if found and gender and not _bears(found, surname, cues):
        return surname  # "Mr. Paulson" is no "Paulson Partners Enhanced"
    honored = by_honorific(text, words, found, index.get(surname, []), cues.family)
    if honored is not None:  # "Mr. Pike": the one Pike marked a man, or just "Pike"
        return honored or surname
    first = first_bearer(text, cues.family, gender, (surname, at)) if found and gender else None
    if first is not None and found != first:  # the guess is the first named (low), or nobody:
        return surname  # "Jo A. Kaaaa met Jon Kaaaa. “…,” Mr. Kaaaa said": as written
    return None if found and shared(text, index, found, at, cues) else found


def by_honorific(
    text: str, words: str, found: str | None, candidates: Placed, family: str
) -> str | None:
    """The speaker the honorific opening `words` picks: a name, "" for nobody, None: no choice."""
    wanted = gendered(words, family)
    if not wanted or not found:
        return None
    marks = _marks(text, found.split()[-1], candidates, family)
    if _OTHER[wanted] not in marks.get(found, set()):
        return None
    fits = [name for name, marked in marks.items() if marked == {wanted}]
    return fits[0] if len(fits) == 1 else ""


# "Bill Clinton … “…,” Mrs. Clinton said": Hillary Clinton, but a pick among two, never sure.
def rivalled(speaker: str, candidates: Placed) -> bool:
    """Whether someone else of the speaker's surname is named in full among `candidates`."""
    surname = speaker.split()[-1]
    names = {name for _, name in candidates[:WEIGHED] if name.split()[-1] == surname}
    return any(". " not in name and not _one(name, speaker) for name in names)


def _marks(text: str, surname: str, candidates: Placed, family: str) -> dict[str, set[str]]:
    """The genders the article marks for each full name of `surname` among `candidates`."""
    marks: dict[str, set[str]] = {}
    for at, name in candidates[:WEIGHED]:  # the first few: linear at every quotation
        if " " in name and name.split()[-1] == surname and ". " not in name:  # one sentence
            marks.setdefault(name, set()).update(name_marks(text, (at, at + len(name)), family))
    return marks


def _one(name: str, other: str) -> bool:
    """Whether two full names may be one person's ("Stewart Verdery", "C. Stewart Verdery")."""
    return same_person(name, other) or name.endswith(" " + other) or other.endswith(" " + name)


# "Mr. Lou" is "Lou Jiwei": a name of two words may set the surname first, as Chinese does. An
# honorific addresses a person, never a body or firm ("Ms. Clark" is no "Clark Industries").
def _bears(name: str, surname: str, cues: Cues) -> bool:
    """Whether a full name can be the one an honorific and `surname` address."""
    words = name.split()
    if body(name, cues) or firm(name, cues):
        return False
    return words[-1] == surname or (len(words) == 2 and words[0] == surname)
