"""A role or an age taken up again at a cue: the ONE person the article introduced with it."""

# "Innenminister Peter Lang … „…“, sagte der Minister", "Peter Lang (65) … sagte der 65-Jährige",
# "Tom Hale, 65, … the 65-year-old said": read after the title linking (`Resolver._by_title`)
# finds no holder. A role's head links to a title right before a name, an apposition after it or
# a predicate ("Peter Lang ist Innenminister"); an age to an age given with a name. Two people
# with that role or age before the cue, or a gender that disagrees ("die Ministerin" after a
# man's title), link nobody. The link is never sure (`linked_again`). Per-language data:
# summarizer/data/roles_again.toml.

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING, Any

from summarizer import _data
from summarizer.attribution.frames.capital_runs import capital_runs
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.lexicon.cues import Mention
from summarizer.attribution.lexicon.word_runs import in_runs
from summarizer.attribution.speakers.bare_words import heads
from summarizer.attribution.speakers.bodies import described_body
from summarizer.attribution.speakers.described_nouns import definite_noun
from summarizer.attribution.speakers.gendered_roles import role_gender
from summarizer.attribution.speakers.german_intros import german_intros, merged
from summarizer.attribution.speakers.name_around import DEGREE, LEAD
from summarizer.attribution.speakers.name_around import around as _around
from summarizer.attribution.speakers.role_doubts import bare_rival, unnamed_age
from summarizer.attribution.speakers.roster_names import placed_once
from summarizer.attribution.speakers.title_endings import ending_in

if TYPE_CHECKING:
    from summarizer.attribution.speakers.roster import Roster

_DATA: dict[str, dict[str, Any]] = _data.load_toml("roles_again.toml")
DATA = _DATA  # read by speakers/epithets.py too
_WORD = re.compile(r"[^\W\d_][\w-]*")  # a word, hyphenated compounds whole ("SPD-Chef")

# A name introduced: where it starts, the name, the heads of its roles, its age ("" none).
Intro = tuple[int, str, frozenset[str], str]


def taken_up(roster: Roster, words: str, at: int, mention: Mention | None) -> str | None:
    """The one person introduced before `at` with the role or age of `mention`, else None."""
    data = _DATA.get(roster.cues.family)
    if data is None or mention is None or mention.kind not in ("role", "description"):
        return None
    if mention.kind == "role" and (holder := _apposed(roster, mention, data)):
        return holder  # "dijo la ministra para la Transición Ecológica, Lucía Herrero,"
    age = re.search(data["age_noun"], words)
    if age is None and mention.kind != "role" and not definite_noun(words, data):
        return None  # "the company said": a description links by an age or a definite noun
    if any(w.lower() in roster.cues.rank_modifiers for w in _WORD.findall(words)):
        return None  # "the former governor": of which rank the title before a name tells
    role = "" if age else _head(words, roster)
    first, second = _holding(roster, role, words, age.group(1) if age else "")
    if first is None or first[0] >= at or second < at:
        return None  # nobody, or two people, introduced with it before the cue
    if age and unnamed_age(roster.text, age.group(1), at, data):
        return None  # "Ein 65-Jähriger wurde verletzt": the age at the cue may be his
    start, name = first
    if role and (
        _first_rival(roster.text, role, name) < at
        or bare_rival(roster.text, role, (start, name), min(at, mention.at), data)
    ):
        return None  # another holder ("des Innenministers Karl Ost"); the role before, nameless
    if not agrees(roster, mention, (start, start + len(name)), data):
        return None
    roster.linked[mention.at] = name
    return name


# "the university": the one body of that noun named, "the 65-year-old": the one person of that age.
def described(
    roster: Roster, words: str | None, mention: Mention, context: tuple[int, int]
) -> str | None:
    """A description as written, the body or person it stands for, or None (several bodies)."""
    if not words or roster.cues.nouns_capitalized:
        return words
    found = described_body(roster.text, words, mention.at, context, roster.cues) or None
    return (taken_up(roster, words, context[1], mention) or found) if found == words else found


_APPOSED = re.compile(r"((?: [\w'’-]+){0,6}?), ([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){1,3})[,.;]")


# The holder apposed after the role's complement at the cue itself, as "la ministra de Sanidad,
# Lucía Herrero," is read by `complemented`: only links and capitalised words in between, so that
# "el abogado de la ministra, Lucía Herrero," (another noun) is never read.
def _apposed(roster: Roster, mention: Mention, data: dict[str, Any]) -> str | None:
    """The name apposed after a role's capitalised complement right after `mention`."""
    end = mention.at + len(mention.words)
    if not data["links"] or not roster.text.startswith(mention.words, mention.at):
        return None
    found = _APPOSED.match(roster.text, end, end + 160)
    words = found.group(1).split() if found else []
    if not found or not words or words[0] not in data["links"]:
        return None
    for word in words[1:]:
        bare = re.split(r"['’]", word)[-1]
        if word not in data["links"] and word not in data["articles"] and not bare[:1].isupper():
            return None
    name = roster.name(found.group(2))
    capitals = all(w[:1].isupper() for w in found.group(2).split())
    return name if capitals and " " in name and name == found.group(2) else None


def linked_again(roster: Roster, mention: Mention, speaker: str | None) -> bool:
    """Whether `taken_up` linked `mention` to `speaker`: a guess, never sure."""
    return speaker is not None and roster.linked.get(mention.at) == speaker


def _head(words: str, roster: Roster) -> str:
    """The role's head, lower case: German its first title word, else its last word."""
    found = heads(words, roster.cues)
    if not found:
        return ""
    return (found[0] if roster.cues.nouns_capitalized else found[-1]).lower()


# "the Mexican president": "Mexican" before the name too, as the title linking asks (German reads
# a role's own capitals as a noun's, so only where they are a qualifier's).
def _qualified(roster: Roster, words: str, start: int, name: str) -> bool:
    """Whether the role's capitalised qualifiers stand before the name at `start`."""
    return roster.cues.nouns_capitalized or roster.qualified(words, start, name)


@functools.lru_cache(maxsize=4)
def _indexed(
    roster: Roster,
) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
    """The names introduced, in text order, by each role word and by each age, once per article."""
    by_role: dict[str, list[tuple[int, str]]] = {}
    by_age: dict[str, list[tuple[int, str]]] = {}
    for start, name, roles, aged in introduced(roster):
        for title in roles:
            by_role.setdefault(title, []).append((start, name))
        by_age.setdefault(aged, []).append((start, name))
    return by_role, by_age


# "Vizekanzler", "Ex-Minister": another rank, never the one "der Kanzler" stands for.
def _same(role: str, title: str, data: dict[str, Any]) -> bool:
    """Whether `title` is the role or, in German, a compound that ends in it ("innenminister")."""
    if title == role or (data["capital_heads"] and role.endswith("e") and title == f"{role}n"):
        return True  # "den Kroaten Ante Vuković": a weak noun's object, "der Kroate" at the cue
    compound = role in data["compound_heads"] and title.endswith(role)
    compound = compound or title.endswith(f"-{role}")  # "SPD-Fraktionschefin": a name's own
    return compound and not title.startswith(tuple(data["rank_prefixes"]))


# Quotations come in text order and repeat their roles: the holders of a role are found once per
# article and role, with where the second person appears, so each cue only compares (linear).
@functools.lru_cache(maxsize=256)
def _holding(
    roster: Roster, role: str, words: str, age: str
) -> tuple[tuple[int, str] | None, float]:
    """The first person introduced with the role or age, and where a second one is (or inf)."""
    first: tuple[int, str] | None = None
    by_role, by_age = _indexed(roster)
    keys = [age] if age else _titles(roster, role)
    placed = by_age.get(age, []) if age else sorted(p for k in keys for p in by_role[k])
    for start, name in placed:
        if not age and not _qualified(roster, words, start, name):
            continue
        if first is None:
            first = (start, name)
        elif name != first[1]:
            return first, start
    return first, math.inf


# Once per role, not again for each of its wordings and ages (`_holding`'s own keys).
@functools.lru_cache(maxsize=256)
def _titles(roster: Roster, role: str) -> list[str]:
    """The titles of `_indexed` that are `role` or a compound of it (`_same`), in its order."""
    data = _DATA[roster.cues.family]
    return [title for title in ending_in(roster, role, _role_titles) if _same(role, title, data)]


def _role_titles(roster: Roster) -> list[str]:
    """The role words of `_indexed`, in its order."""
    return list(_indexed(roster)[0])


@functools.lru_cache(maxsize=4)
def introduced(roster: Roster) -> list[Intro]:
    """Every multi-word name with a role or an age written with it, in text order, once."""
    data, text = _DATA[roster.cues.family], roster.text
    found: set[Intro] = set()
    for pos, name in placed_once(roster):
        start = text.find(name, pos, pos + LEAD + len(name))
        if start >= 0:
            roles, age = _around(text, (start, start + len(name)), data)
            found.update([(start, name, roles, age)] if roles or age else [])
    return merged(found | _determined(roster, data) | german_intros(roster, data, _around))


# The roster leaves out a name after a determiner and a noun, the article going with the noun
# ("der Linkspolitiker Wolfgang Nešković"); the noun before a two-word name is its role.
def _determined(roster: Roster, data: dict[str, Any]) -> set[Intro]:
    """German: each determined run of a noun and a two-word name, with the noun as its role."""
    found: set[Intro] = set()
    for run in capital_runs(roster.text) if roster.cues.nouns_capitalized else ():
        words = run.group().split()
        named = all(w[:1].isupper() for w in words)  # no particle: "Anwältin der Frau"
        if len(words) == 3 and named and roster.determined(run.start()):
            start = run.start() + run.group().index(words[1], len(words[0]))
            roles, age = _around(roster.text, (start, run.end()), data)
            found.add((start, f"{words[1]} {words[2]}", roles | {words[0].lower()}, age))
    return found


# "Innenminister Peter Lang … des Innenministers Karl Ost": a second holder the roster did not
# register with that title (a lone surname, an inflected title) is a rival all the same.
@functools.lru_cache(maxsize=64)
def _first_rival(text: str, role: str, person: str) -> float:
    """Where a capitalised word not of `person`'s name first follows the role, or inf."""
    words = set(person.split())
    return next((at for at, holder in _holders(text, role) if holder not in words), math.inf)


@functools.lru_cache(maxsize=16)
def _holders(text: str, role: str) -> list[tuple[int, str]]:
    """Where the role (or a compound or inflected form of it) stands before a capitalised word."""
    lead = r"[\w-]*"
    inflected = rf"{re.escape(role)}(?:s|n|en)?"
    pattern = re.compile(rf"(?<![\w-]){lead}{inflected},?\s+{DEGREE}([A-ZÄÖÜ][\w-]+)", re.I)
    found = in_runs(text, pattern, role)  # tried only where the role is written: one pass
    return [(m.start(), m.group(1)) for m in found if m.group(1)[0].isupper()]


def agrees(roster: Roster, mention: Mention, span: tuple[int, int], data: dict[str, Any]) -> bool:
    """Whether no gender the mention marks ("die 42-Jährige") disagrees with the person's."""
    text, words = roster.text, mention.words
    before = _WORD.findall(text, max(0, mention.at - 12), mention.at)[-1:]
    own = [w.lower() for w in _WORD.findall(words)[:1]]
    articles = [w.lower() for w in before] + own
    wanted = None
    if any(a in data["feminine"] for a in articles):
        wanted = "feminine"
    elif any(a in data["masculine"] for a in articles):
        wanted = "masculine"
    if words.endswith(tuple(data["feminine_endings"])):
        wanted = "feminine"
    have = gender(text, span, roster.cues, span[1] + 30, names=True)
    have = have or role_gender(roster, span[0], text[span[0] : span[1]])  # "Der Sachverständige X"
    return wanted is None or have is None or have == wanted
