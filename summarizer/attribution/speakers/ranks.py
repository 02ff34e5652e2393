"""Whether a role and a title agree in rank: "the president" is no "Vice President Jo Lund"."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from itertools import takewhile

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_LEAD = 3  # words before a name that hold its title's rank ("former Vice President")


# "the former president" is not the one a "Vice President" names, "the president" not a "former
# President"; a qualifier in capitals ("Russian President") is read by `Roster.qualified`.
def same_rank(text: str, role: str, pos: int, name: str, cues: Cues) -> bool:
    """Whether `role` and the title before `name` (registered at `pos`) carry the same ranks."""
    modifiers = cues.rank_modifiers  # "vice", "deputy", "former"
    if not modifiers:
        return True
    begin = text.find(name, pos)
    lead = TOKEN.findall(text, max(0, pos - 40), begin if begin >= 0 else pos)[-_LEAD:]
    titled = {w.lower() for w in lead} & modifiers
    return titled == {w.lower() for w in TOKEN.findall(role)} & modifiers


_RIVAL_REACH = 3000  # how far back a second holder of the title is looked for
_RIVAL_WORDS = 3  # the title's complement and its holder ("министра финансов Алексея")
_HOLDER_REACH = 60  # characters after the title in which its holder's name may start
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+|[.,;:!?«»\"()]")


def _inflected(title: str) -> re.Pattern[str]:
    """A title word with a case ending ("министра", "президенту", "губернатором")."""
    return re.compile(rf"(?<!\w){re.escape(title)}[^\W\d_]{{1,3}}(?!\w)", re.IGNORECASE)


# Found once per article and title, so each role reads only the few written near it: read again
# back from every role word, an article of many role words took time in proportion to both.
@functools.lru_cache(maxsize=16)  # a few articles' titles: each key holds its text
def _holders(text: str, title: str) -> tuple[list[int], list[int]]:
    """Where `title` is written inflected before a capitalised word, and where that word starts."""
    starts, names = [], []
    for found in _inflected(title).finditer(text):
        after = _CLAUSE_WORDS.finditer(text, found.end(), found.end() + _HOLDER_REACH)
        words = list(takewhile(lambda w: w.group()[0].isalpha(), after))[:_RIVAL_WORDS]
        name = next((w.start() for w in words if w.group()[0].isupper()), None)
        if name is not None:
            starts.append(found.start())
            names.append(name)
    return starts, names


# "Министр финансов Антон Силуанов раскритиковал бывшего министра финансов Алексея Кудрина.
# «…», — сказал министр": a second holder written in an oblique case was never registered as a
# titled name, but the role may be his as well: nobody.
def rivalless(text: str, titles: list[str], at: int, cues: Cues) -> list[str]:
    """`titles`, or none when one of them is written before `at` inflected before a name."""
    if not cues.oblique_endings:
        plain = cues.nouns_capitalized or not cues.spaced
        return titles if plain or not any(_two_holders(text, t, at) for t in titles) else []
    for title in titles:
        starts, names = _holders(text, title.lower())
        # a name starts after its title: only the last few before `at` may start past it
        first, end = bisect_left(starts, max(0, at - _RIVAL_REACH)), bisect_left(starts, at)
        if any(names[index] < at for index in range(first, end)):
            return []
    return titles


_HOLDER = r"((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)"  # the capitalised words right after a title
_OWNER = re.compile(r"['’]s?(?= |$)")  # "President Hale's aides": Hale, who owns them


# "President Hale … World Bank President Jim Roe. “…,” the president said": the roster registers
# only full names, so "President Hale" is no holder there and Jim Roe would be the sole one.
def _two_holders(text: str, title: str, at: int) -> bool:
    """Whether `title`, capitalised, titles a lone name and another person before `at`."""
    since = _second_holder(text, title)
    return since is not None and since < at


# Two holders before a point stand before every later one too, so where the second appears is
# found once per text and title, and each "the senator said" only compares with it (linear). Two
# titled names are two people when one is a lone name that the other lacks as a word ("President
# Hale" and "President Jim Roe"); counted as the names come, not compared pair by pair, which was
# quadratic in an article of many full names with one title (counted, session 30).
@functools.lru_cache(maxsize=16)  # a few articles' titles: each key holds its text
def _second_holder(text: str, title: str) -> int | None:
    """Where `title`, capitalised, first titles a lone name beside another person, else None."""
    pattern = re.compile(rf"\b{re.escape(title.capitalize())} {_HOLDER}")
    names: set[str] = set()
    lone: set[str] = set()
    holding = Counter[str]()  # how many of `names` have each word
    for match in pattern.finditer(text):
        name = _OWNER.split(match.group(1))[0]  # "President Hale's aides": Hale
        if name in names:
            continue
        words = set(name.split())
        single = " " not in name
        # a lone name is apart from every name seen that lacks it as a word; a full name from
        # every lone name seen that is none of its words
        if len(names) > holding[name] if single else len(lone) > len(lone & words):
            return match.start()
        names.add(name)
        lone.update(words if single else ())
        holding.update(words)
    return None
