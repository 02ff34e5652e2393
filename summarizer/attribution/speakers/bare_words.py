"""What a bare word stands for: a surname's full name, a role's words that may be its title."""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Collection

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.roster import WEIGHED, Placed, Roster

# after a German role's head, the words that open its owner ("Sprecher der Ministerin Eva Roth")
_OWNERS = frozenset(_data.load_toml("german.toml")["partial"]["owners"])


# "Bernie Sanders … his wife, Jane Sanders, … Sanders said": where two people bear the surname, it
# stays with the one the article named first, its subject; the other keeps a full name. Only names
# that end in it count, one ending in another being the same person ("Democrat Jo Lund"). A name
# only ever written as an owner (`owners`: "Estée Lauder’s Chief Executive …", "Goldman Sachs’s")
# may be a firm or a work's maker, so it never beats a person named in full ("William Lauder").
def first_named(candidates: Placed, at: int, owners: Collection[str | None] = ()) -> str | None:
    """The full name a bare word before `at` stands for: the latest, or the first of several."""
    before = bisect_left(candidates, (at, ""))  # registered in text order
    if not before:
        return candidates[0][1] if candidates else None
    latest = candidates[before - 1][1]
    surname = latest.split()[-1]
    # the first few and the latest only: a bare name resolved at every quotation stays linear
    weighed = [*candidates[: min(before - 1, WEIGHED)], candidates[before - 1]]
    people = [name for _, name in weighed if name.split()[-1] == surname]
    persons = [name for name in people if name not in owners]
    if persons and len(persons) < len(people):
        people, latest = persons, persons[-1]
    distinct = {n for n in people if not any(o != n and n.endswith(" " + o) for o in people)}
    return people[0] if len(distinct) > 1 and people[0] in distinct else latest


# "Berater von Ministerin Eva Ems", "Sprecher des Innenministers": a title after the role's
# owner word is the owner's, so it never finds the name of whom the role speaks for.
def heads(role: str, cues: Cues) -> list[str]:
    """A role's words that may be its title: German, those before its first owner word."""
    words = TOKEN.findall(role)
    if not cues.nouns_capitalized:
        return words
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _OWNERS), len(words))
    return words[:cut]


# "Goldman Sachs’s Chief Economist …", "Walt Disney’s Magic Kingdom … Roy Disney": a name only
# written as an owner may be a firm, a place or a work's maker; as the speaker or as another
# bearer of the surname it leaves a bare surname unsure. One that ends in the speaker's name is
# the speaker ("Chris Christie Is Over Marco Rubio’s …").
def owner_rival(roster: Roster, speaker: str, surname: str) -> bool:
    """Whether a name only written as an owner bears `surname`: the speaker or someone else."""
    owners = _owners(roster).get(surname, ())
    return any(o == speaker or not o.endswith(" " + speaker) for o in owners[:WEIGHED])


@functools.lru_cache(maxsize=4)
def _owners(roster: Roster) -> dict[str, list[str]]:
    """The names the article only writes as owners, by their last word, once per article."""
    found: dict[str, list[str]] = {}
    for name in sorted(filter(None, roster.owners)):
        found.setdefault(name.rsplit(" ", 1)[-1], []).append(name)
    return found
