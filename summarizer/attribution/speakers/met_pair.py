"""A German "er" or "sie" in a paragraph that names one man and one woman in full: that one."""
# "Am Montag trafen sich Landrat Jörg Brandt und die Sprecherin der Anwohner, Lea Wendt. „…“,
# sagte er. „…“, erwiderte sie.": neither is read as a subject, yet the article marks him a man
# (Landrat, "Herr", a known first name) and her a woman (Sprecherin, "Frau"). Two men, a name of
# unknown gender, a plural verb ("erwiderten sie") or a noun of the pronoun's grammatical gender
# ("Die Regierung hält fest. „…“, sagte sie.") and the pronoun stays unnamed.

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from summarizer import _data
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.german.casing import two_words
from summarizer.attribution.german.pronoun_rival import object_rival
from summarizer.attribution.german.role_opened import ARTICLE_GENDERS, NOMINALISED_PERSON
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.body_between import body_between
from summarizer.attribution.speakers.german_gender import (
    person_gender,
    pronoun_speaker,
    without_role,
)
from summarizer.attribution.speakers.pair_roles import (
    article_noun,
    ending_gender,
    given_gender,
    role_before,
    unroled,
)
from summarizer.attribution.speakers.pronoun_fit import body
from summarizer.attribution.speakers.pronoun_places import persons_in_view

if TYPE_CHECKING:
    from summarizer.attribution.speakers.names import Resolver

_REACH = 2000  # how far back in its paragraph the two are looked for: bounded, linear
_QUOTED = re.compile(r"„[^„“]*“|»[^»«]*«|“[^“”]*”|\"[^\"]*\"")
_NOUN = re.compile(r"(?<![\w-])([Dd]ie|[Dd]er) ([A-ZÄÖÜ][\w-]*)")
# the prepositions before an article in the dative or accusative ("um die Straße", "in der Stadt")
_GOVERNING = frozenset(_data.load_toml("german.toml")["attribute"]["openers"])
_JOINING = frozenset({"und", "sowie"})
_LEAD = 30  # the word before an article
_ROLE_REACH = 120  # a role noun apposed to one of the two names stands this close before it


def german_pronoun(
    resolver: Resolver, mention: Mention, placed: list[tuple[str, int]]
) -> str | None:
    """`pronoun_speaker` among the subjects `placed`; none read, the one of a man and a woman."""
    text, cues = resolver.text, resolver.cues
    placed = persons_in_view(text, placed, cues, mention.at)  # not "Im Stadtrat von Wellheim"
    found = pronoun_speaker(text, mention, placed, resolver.last_person, cues)
    pronoun = mention.words or "".join(TOKEN.findall(text, max(0, mention.at - 5), mention.at)[-1:])
    if found and object_rival(text, pronoun, mention.at, cues):
        return None  # "X vernahm die Zeugin. Sie habe „…“": either (german/pronoun_rival.py)
    if found and pronoun.lower() == "sie" and body_between(text, found, mention.at, cues):
        return None  # "Die Regierung lobte die Klinik. „…“, sagte sie.": either (review29b)
    if found and mention.words and _joint_rival(text, found, mention, resolver):
        return None  # "trafen sich Landrat Jörg Brandt und Bürgermeister Uwe Falk": either man
    return found or (met_pair(text, mention, resolver, cues) if mention.words else None)


# "Landrat Jörg Brandt und Bürgermeister Uwe Falk", "Jörg Brandt und Kim Falk": a name joined to
# the one found by "und" may be the pronoun's too, unless the article marks the other gender;
# so may one joined after it ("die Ministerin Karla Dietz und die Abgeordnete Miriam Sorge",
# "Landrätin Bettina Kuhl, Bürgermeister Ralf Eder und Stadträtin Gerda Pohl").
_JOINED = re.compile(r"([A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+) und (?:(?:der|die) )?(?:[A-ZÄÖÜ][\w-]* )?$")
_FOLLOWING = re.compile(
    r",? (?:und |sowie )?(?:(?:der|die) )?(?:[A-ZÄÖÜ][\w-]* )?([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)"
)
_CHAIN = 4  # how many names joined after the one found are read


def _joint_rival(text: str, found: str, mention: Mention, resolver: Resolver) -> bool:
    """Whether `found`, named last before `mention`, is joined to a person not marked otherwise."""
    at = text.rfind(found, max(0, mention.at - _REACH), mention.at)
    joined = _JOINED.search(text, max(0, at - _ROLE_REACH), at) if at > 0 else None
    others = [joined] if joined else []
    surname = found.split()[-1]  # "trafen sich Pohlmann und Osei": the surname named last
    last = text.rfind(surname, max(0, mention.at - _REACH), mention.at)
    at, end = (last, last + len(surname)) if last > at + len(found) else (at, at + len(found))
    chain = _CHAIN if at >= 0 and not body(found, resolver.cues) else 0  # "Gemeinde X, …"
    for _ in range(chain):
        following = _FOLLOWING.match(text, end, mention.at)
        if following is None or not _joins(following.group()):
            break
        others.append(following)
        end = following.end()
    wanted = gender_of(mention.words, resolver.cues)
    return any(_rival_person(text, other, found, wanted, resolver) for other in others)


def _joins(words: str) -> bool:
    """Whether a run after a name joins another to it: a comma or "und"/"sowie" first."""
    return words.startswith(",") or words.split()[0] in _JOINING


def _rival_person(
    text: str, joined: re.Match[str], found: str, wanted: str | None, resolver: Resolver
) -> bool:
    """Whether the person `joined` names is not `found` and not marked the other gender."""
    other = _unroled(resolver.roster.name(joined.group(1), joined.start(1)), resolver.cues)
    other = other if " " in other else _full(text, other, joined.end(1))  # "und (Udo) Osei"
    if not two_words(other, text) or body(other, resolver.cues) or other == found:
        return False
    at = text.find(other, joined.start(1))
    at = at if at >= 0 else text.rfind(other, max(0, joined.start(1) - _REACH), joined.start(1))
    marked = _gender(text, at, other, resolver.cues)
    if marked is None and joined.group().startswith(","):
        return False  # "Jan Roth, Landkreis Verden": a comma joins a person only if marked one
    return marked in (None, wanted)


def _full(text: str, surname: str, at: int) -> str:
    """The full name the paragraph gave a lone surname before `at` ("Yannick Osei"), or it."""
    full = re.compile(rf"[A-ZÄÖÜ][\w-]+ {re.escape(surname)}\b")
    found = [m.group() for m in full.finditer(text, max(0, at - _REACH), at)][-1:]
    return found[0] if found else surname


def met_pair(text: str, mention: Mention, resolver: Resolver, cues: Cues) -> str | None:
    """The one of the two people the paragraph names in full whose gender the pronoun marks."""
    wanted = gender_of(mention.words, cues)
    verb = _finite(text, mention)
    if wanted not in ("masculine", "feminine") or not verb or verb.endswith("en"):
        return None  # "erwiderten sie": several
    start = max(text.rfind("\n", 0, mention.at) + 1, mention.at - _REACH)
    quoted = [m.span() for m in _QUOTED.finditer(text, start, mention.at)]
    people = _people(text, (start, mention.at), quoted, resolver)
    if len(people) != 2 or not _coordinated(text, people, cues):
        return None
    marked = {name: _gender(text, at, name, cues) for name, at in people.items()}
    ours = [name for name, gender in marked.items() if gender == wanted]
    if None in marked.values() or len(set(marked.values())) != 2 or len(ours) != 1:
        return None
    rival = _rival_noun(text, (start, mention.at), quoted, wanted, people, cues)
    return None if rival else ours[0]


def _finite(text: str, mention: Mention) -> str:
    """The finite verb of the pronoun's cue: the word right before it ("hielt er dagegen"),
    else the cue's first word."""
    before: list[str] = TOKEN.findall(text, max(0, mention.at - 30), mention.at)[-1:]
    if before and before[0][0].islower() and text.endswith(before[0] + " ", 0, mention.at):
        return before[0].lower()
    return "".join(TOKEN.findall(mention.cue.lower())[:1])


def _people(
    text: str, window: tuple[int, int], quoted: list[tuple[int, int]], resolver: Resolver
) -> dict[str, int]:
    """Each person named in full in `window` outside quotations, where the name stands."""
    people: dict[str, int] = {}
    lows = [low for low, _ in quoted]  # in order, apart: only the last opened before a run holds it
    read = _read(resolver)
    for run in single_run().finditer(text, *window):
        inside = bisect_right(lows, run.start()) - 1
        if inside >= 0 and run.start() < quoted[inside][1]:
            continue
        if (span := run.span()) not in read:
            read[span] = _person(resolver, span)
        if found := read[span]:
            people[found[0]] = found[1]
    return people


# Each run is read once per article, not again at each pronoun whose stretch of 2,000 characters
# holds it (session 31: a long-s paragraph of "Er ſagte: „…“" read about 90 a pronoun).
@functools.lru_cache(maxsize=2)
def _read(resolver: Resolver) -> dict[tuple[int, int], tuple[str, int] | None]:
    """The runs of `resolver.text` read so far by `_person`, by their span."""
    return {}


def _person(resolver: Resolver, span: tuple[int, int]) -> tuple[str, int] | None:
    """The person the run at `span` names in full, and where the name stands (`resolver.text`
    is `_people`'s `text`: `german_pronoun` passes it)."""
    text, cues = resolver.text, resolver.cues
    name = _unroled(resolver.roster.name(text[span[0] : span[1]], span[0]), cues)
    at = text.find(name, *span) if name else -1
    person = at >= 0 and two_words(name, text) and not body(name, cues)
    if person and not article_noun(text, at, name, cues):  # "dem Urteil Erklärungen"
        return name, at
    return None


# "trafen sich Landrat Jörg Brandt und die Sprecherin der Anwohner, Lea Wendt": the two are one
# joint subject, nothing but "und", articles and role words between them; "Eva Roth lobte Paul
# Ems. Er sagte, …" names an object, whom the pronoun is not guessed to be.
def _coordinated(text: str, people: dict[str, int], cues: Cues) -> bool:
    """Whether the two people are joined by "und" with no verb between them."""
    (first, at), (_, other) = sorted(people.items(), key=lambda item: item[1])
    between = TOKEN.findall(text, at + len(first), other)
    lower = [word for word in between if word[:1].islower()]
    return (
        bool(lower)
        and lower[0] in _JOINING
        and all(word in _JOINING or word in cues.determiners for word in lower)
    )


# "die Abgeordnete Nora Brink": a nominalised role's article before the name marks her gender.
_ARTICLED = re.compile(r"(?<![\w-])([Dd]er|[Dd]ie) ([A-ZÄÖÜ][\w-]*) $")


def _gender(text: str, at: int, name: str, cues: Cues) -> str | None:
    """`person_gender`, else the gender the article of a role right before the name marks."""
    marked = person_gender(text, at, name, cues)
    role = None if marked else _ARTICLED.search(text, max(0, at - _ROLE_REACH), at)
    if role is None or not _role(role.group(2), cues):
        return marked or role_before(text, at, cues) or given_gender(name)
    return title_gender(role.group(2), cues) or ARTICLE_GENDERS.get(role.group(1).lower())


# "Landrat Jörg Brandt", "Abgeordnete Lea Wendt": a role run into the name is no part of it.
def _unroled(name: str, cues: Cues) -> str:
    """`name` without a leading role word ("Landrat", "Abgeordnete") before a known first name."""
    words = unroled(without_role(name, cues).split())  # "Stadtrat Henrik Maas"
    if len(words) < 3 or first_name(words[0], "de"):
        return " ".join(words)
    return " ".join(words[1:] if _role(words[0], cues) else words)


def _role(word: str, cues: Cues) -> bool:
    """Whether a noun names a person by a role ("Landrat", "Sprecherin", "Abgeordnete")."""
    return (
        title_gender(word, cues) is not None
        or word.endswith(NOMINALISED_PERSON)
        or ending_gender(word, cues) is not None  # "Verteidiger", "Zeugin"
    )


# A noun of the pronoun's grammatical gender in the nominative ("Die Regierung", "der Landkreis")
# may be what it stands for; not after a preposition ("in der Stadt") or a noun ("Sprecherin der
# Initiative": a genitive), nor a role apposed to one of the two ("die Sprecherin …, Lea Wendt").
def _rival_noun(
    text: str,
    window: tuple[int, int],
    quoted: list[tuple[int, int]],
    wanted: str,
    people: dict[str, int],
    cues: Cues,
) -> bool:
    """Whether a noun of the pronoun's gender stands in `window`, outside quotations."""
    for found in _NOUN.finditer(text, *window):
        if any(low <= found.start() < high for low, high in quoted):
            continue
        if ARTICLE_GENDERS.get(found.group(1).lower()) != wanted:
            continue
        lead = text[max(window[0], found.start() - _LEAD) : found.start()]
        before = TOKEN.findall(lead)[-1:]
        joined = bool(before) and lead.endswith(before[0] + " ")  # no stop nor comma between
        if joined and (before[0].lower() in _GOVERNING or before[0][0].isupper()):
            continue  # "in der Stadt", "Sprecherin der Initiative"
        if any(at > found.end() and not text[found.end() : at].strip() for at in people.values()):
            continue  # "der Ökonom Felix Brandt": the noun is the name's own role
        role = _role(found.group(2), cues)
        if not (role and any(0 < at - found.start() <= _ROLE_REACH for at in people.values())):
            return True
    return False
