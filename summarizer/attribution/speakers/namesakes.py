"""Whether a bare surname's full name shares it with another person the article names."""
# "… Jane Sanders, a rival, … “…,” Sanders said": `first_named` keeps Bernie Sanders, a guess
# that is never sure. One name ending in the other, or with the same forename, is the same person
# ("Sen. Jo Lund", "Jo Ann Lund"); a run a common word or title opens ("Neither Lund", "Speaker
# Lund": written in lower case elsewhere, or opening a sentence) names nobody else.

from __future__ import annotations

import functools
import re
from collections.abc import Container
from typing import NamedTuple

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import Cues, cues_for
from summarizer.attribution.speakers.initialled import Bearers, bearers, middle_initial
from summarizer.attribution.speakers.lower_tokens import LowerWords
from summarizer.attribution.speakers.roster import WEIGHED, Placed, Roster

_WORD = re.compile(r"\S+")  # a word as `str.split` cuts it
_REACH = 60  # characters before a name where the kinship noun it stands in apposition to may be


@functools.cache
def _kinship(family: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's kinship nouns, and the titles and words between one and a name."""
    cues = cues_for(family)  # `family` is a Cues' own, so these are that Cues' lists
    return cues.kinship, cues.kinship_links.union(cues.titles)


class Rivals(NamedTuple):
    """Where the first other bearer of a name's surname stands, by what may count as one."""

    plain: float  # one named apart: no sentence opens with them, or a known forename opens it
    any: float  # also one opening a sentence, which counts once the name stands by its kin
    kin: float  # where `name` itself first stands right after a kinship noun

    def before(self, at: int) -> bool:
        """Whether another bearer counts as a rival before `at`."""
        return self.plain < at or (self.kin < at and self.any < at)


def namesake(
    text: str, candidates: Placed, at: int, name: str, common: Container[str], family: str
) -> bool:
    """Whether someone other than `name` named in full before `at` bears its surname."""
    return rivals_of(text, candidates, name, common, family).before(at)


# Where each kind of rival first stands, read once over all `candidates`: asked at each quotation
# for the names before it, a look through every earlier name was quadratic (counted, session 30).
def rivals_of(
    text: str, candidates: Placed, name: str, common: Container[str], family: str
) -> Rivals:
    """The first place of another bearer of `name`'s surname among `candidates`, by kind."""
    never = float("inf")
    mine = _forenames(name, common)
    if not mine:  # "Speaker Paul Ryan" is Paul; "Top Ryan" has no forename to tell anyone apart
        return Rivals(never, never, never)
    # "Gord Roe and his wife, Ann Roe": her kin names a person of the surname, even one opening
    kin = next(
        (pos for pos, other in candidates if other == name and _kin(text, pos, family)), never
    )
    plain = rival = never
    for pos, other in candidates:
        theirs = _forenames(other, common)
        if other.split()[-1] != name.split()[-1] or not theirs or _same(mine, theirs):
            continue
        rival = min(rival, pos)
        # a known given name is a person's even where it opens a sentence ("Tom Roe arrived."),
        # also behind a title the roster kept ("Referee Ann Roe declined")
        known = any(first_name(w, family) or middle_initial(w) for w in other.split()[:-1])
        if known or not _opens(text, pos, common):
            plain = min(plain, pos)
    return Rivals(plain, rival, kin)


@functools.lru_cache(maxsize=256)
def bearers_rivals(
    roster: Roster, text: str, surname: str, name: str, common: Container[str], family: str
) -> Rivals:
    """`rivals_of` among every bearer of `surname` (`bearers`), once per article and name."""
    return rivals_of(text, bearers(roster, text, surname).placed, name, common, family)


# The one who bears `name` never makes it shared, so without another `namesake` is False. Read
# off the first name and where a second one starts: no look through every bearer per quotation.
def rivals(people: Bearers, at: int, name: str) -> bool:
    """Whether anyone other than `name` is among `people` named before `at`."""
    if not people.placed:
        return False
    first_at, first = people.placed[0]
    if first != name:
        return first_at < at
    return 0 <= people.other_at < at


# "Pete Varga and Rob Varga run the farm. Varga said …": two people of one surname joined by a
# conjunction stand side by side, so the bare surname may be either (a wrong name is far worse
# than none); one named apart ("Dorie Greenspan … Ann Greenspan") is named for the first one's
# sake, and news style keeps the bare surname for the first.
def shared(text: str, index: dict[str, Placed], name: str, at: int, cues: Cues) -> bool:
    """Whether a bare surname before `at` that stands for `name` is another person's too."""
    if " " not in name or not cues.spaced:
        return False
    people = [placed for placed in index.get(name.split()[-1], [])[:WEIGHED] if placed[0] < at]
    mine = [pos for pos, other in people if other == name]
    together = [(p, o) for p, o in people if any(_joined(text, p, m, cues) for m in mine)]
    if not together:  # most names: no namesake beside them, so the article's words are not read
        return False
    common = common_words(text, cues.titles, cues.stop, cues.subordinating)
    return namesake(text, together, at, name, common, cues.family)


def _joined(text: str, one: int, other: int, cues: Cues) -> bool:
    """Whether the names at `one` and `other` are one capitalised run apart, then a conjunction."""
    words = _WORD.finditer(text, min(one, other), max(one, other))
    seen = []
    for word in words:  # names far apart: stop at the first common word, not split all between
        seen.append(word.group())
        if not seen[-1][:1].isupper():
            break
    last = seen[-1].lower() if len(seen) > 1 else ""
    return last in cues.coordinating and next(words, None) is None


# A few dozen words are asked about per article: each is looked for where it is written, no set of
# every word of the article is built (speakers/lower_tokens.py), and the same container is kept.
@functools.lru_cache(maxsize=4)
def common_words(text: str, *closed: frozenset[str] | tuple[str, ...]) -> LowerWords:
    """The article's lower-case words and the closed classes that a forename never is."""
    return LowerWords(text, closed)


# "Neither Lund was", "(Besides Lund, …)": a capitalised run opening a sentence or a parenthesis
# may start with a common word; a title ("Gov. Jo Lund") ends in a full stop but opens nothing.
def _opens(text: str, at: int, common: Container[str]) -> bool:
    """Whether a sentence or a paragraph begins at `at`."""
    before = text[max(0, at - 8) : at].rstrip(' \t"”’“')
    return before[-1:] in ("", *".!?\n([") and before.rsplit(" ", 1)[-1].lower() not in common


def _same(mine: list[str], theirs: list[str]) -> bool:
    """Whether two runs of forenames can be one person's: one ends the other, or one forename."""
    one, other = " ".join(mine), " ".join(theirs)
    return one.endswith(other) or other.endswith(one) or theirs[0][:3] == mine[0][:3]


# "his wife, Jane Sanders", "his brother Jim Hale": one named by kinship to another bears the
# other's surname too; news style often keeps the bare surname for the principal, but the one
# asked or quoted next may be the kin ("Tom Hale asked his brother Jim Hale. “No,” Hale said"),
# so the surname is never sure (en22; it was sure before).
def _kin(text: str, at: int, family: str) -> bool:
    """Whether the name at `at` stands right after a kinship noun in its sentence."""
    kin, links = _kinship(family)
    start = max(0, at - _REACH, text.rfind("\n", 0, at) + 1)
    for match in reversed(list(TOKEN.finditer(text, start, at))):
        word = match.group().lower()
        if text.startswith(". ", match.end()) and word + "." not in links:
            return False  # "his wife. Later, Jo Lund": another sentence; "Gov. Jo Lund": a title
        if word in kin:
            return True
        if not (match.group()[:1].isupper() or word in links):
            return False
    return False


def _forenames(name: str, common: Container[str]) -> list[str]:
    """The forenames right before a name's surname: the run no common word or title breaks."""
    words = name.split()[:-1]
    run: list[str] = []
    while words and _forename(words[-1], common):
        run.insert(0, words.pop())
    return run


def _forename(word: str, common: Container[str]) -> bool:
    """Whether `word` can be part of a forename: capitalised parts, no common word."""
    parts = word.rstrip(".").split("-")
    return all(p[:1].isupper() for p in parts) and word.lower() not in common
