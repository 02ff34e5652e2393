"""More ways German introduces a person with a role, read by speakers/taken_up.py (review28b)."""

# `taken_up` reads a role right before a roster name, a determined run ("der Linkspolitiker Jan
# Ost") and an apposition with its article. German news introduces people in more shapes:
# - a run that opens with the role, no determiner right before it ("Kämmerer Udo Seidl", "Der
#   langjährige Kämmerer Udo Seidl", "die aus Polen stammende Ärztin Anna Kowalczyk"): the last
#   two words are the name, the word before them, no first name, the role;
# - a role and its complement, the name apposed after it ("Die Bürgermeisterin von Kornbach, Eva
#   Ems,", "Der Anwalt des Angeklagten, Udo Seidl,"): the name holds the role;
# - "als" and a noun with a present verb of working ("Eva Ems, die als Lehrerin arbeitet,", "Jan
#   Ost arbeitet seit Jahren als Landwirt"): the noun is the role; a past verb ("arbeitete") or a
#   former word ("früher") introduces nobody.
# - a role apposed with no article, its complement after it ("Jan Ost, Trainer des FC Ahlbach,",
#   "Eva Ems, 44, Lehrerin aus Kornbach,"): a capitalised word that is no first name.
# Data: summarizer/data/roles_again.toml (`as_verbs`, `complement_links`, `former`).

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from summarizer.attribution.frames.capital_runs import capital_runs
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.speakers.roster_names import placed_once

if TYPE_CHECKING:
    from summarizer.attribution.speakers.roster import Roster

Intro = tuple[int, str, frozenset[str], str]
Around = Callable[[str, tuple[int, int], dict[str, Any]], tuple[frozenset[str], str]]
_CLAUSE = re.compile(r"[^.;:!?„“\"]{0,80}")
_NAME = r"([A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+)"


def german_intros(roster: Roster, data: dict[str, Any], around: Around) -> set[Intro]:
    """German: the people introduced by a leading role, an apposition after a role's complement
    or "als" and a role with a present verb of working."""
    if not roster.cues.nouns_capitalized or "as_verbs" not in data:
        return set()
    found = _led(roster, data, around) | _apposed_after(roster.text, data)
    return found | _working(roster, data) | _apposed_bare(roster, data)


def _led(roster: Roster, data: dict[str, Any], around: Around) -> set[Intro]:
    """Each run that ends in a two-word name after a word that is no first name, its role."""
    found: set[Intro] = set()
    family = roster.cues.family
    for run in capital_runs(roster.text):
        words = run.group().split()
        if len(words) < 3 or not all(w[:1].isupper() for w in words[-3:]):
            continue
        if first_name(words[-3], family) or "-" in words[-2]:
            continue  # "Hans Peter Müller": a first name; "Jan Ost-Weber" no role either
        start = run.end() - len(words[-2]) - len(words[-1]) - 1
        lead = re.findall(r"[\w-]+", roster.text[max(0, start - 40) : start])[-3:]
        if any(w.lower() in data["former"] for w in lead):
            continue  # "Der frühere Trainer Jan Ost": not the one now
        name = f"{words[-2]} {words[-1]}"
        if not roster.text.startswith(name, start):
            continue  # two spaces or a tab inside the run
        roles, age = around(roster.text, (start, run.end()), data)
        found.add((start, name, roles | {words[-3].lower()}, age))
    return found


@functools.lru_cache(maxsize=4)
def _complement(links: tuple[str, ...]) -> re.Pattern[str]:
    """A determined role, its complement opened by a link, and a two-word name apposed after."""
    # "D" or "d" first and the look back past it: the regex engine skips to those letters
    opening = "|".join(links)
    return re.compile(
        rf"[Dd](?<![\w-][Dd])(?:er|ie) ([A-ZÄÖÜ][\w-]*) ((?:{opening}) [^,.;:!?„“\"]{{1,40}}?), "
        rf"{_NAME}(?=,)"
    )


def _apposed_after(text: str, data: dict[str, Any]) -> set[Intro]:
    """Each name apposed after a determined role and its complement, with the role."""
    found: set[Intro] = set()
    for match in _complement(tuple(data["complement_links"])).finditer(text):
        complement = match.group(2).lower().split()
        if any(w in data["former"] for w in complement):
            continue
        found.add((match.start(3), match.group(3), frozenset({match.group(1).lower()}), ""))
    return found


@functools.lru_cache(maxsize=4)
def _bare_phrase(links: tuple[str, ...]) -> re.Pattern[str]:
    """A role apposed with no article, an age before it, a complement opened by a link after."""
    opening = "|".join(links)
    return re.compile(
        rf", (?:\d{{1,3}}, )?([A-ZÄÖÜ][\w-]*) ((?:{opening}) [^,.;:!?„“\"]{{1,40}}?)[,.]"
    )


def _apposed_bare(roster: Roster, data: dict[str, Any]) -> set[Intro]:
    """Each roster name with a role apposed after it with no article and a complement."""
    found: set[Intro] = set()
    text, pattern = roster.text, _bare_phrase(tuple(data["complement_links"]))
    for pos, name in placed_once(roster):
        start = text.find(name, pos, pos + len(name) + 1)
        phrase = pattern.match(text, start + len(name)) if start >= 0 else None
        if phrase is None or first_name(phrase.group(1), roster.cues.family):
            continue
        if not any(w.lower() in data["former"] for w in phrase.group(2).split()):
            found.add((start, name, frozenset({phrase.group(1).lower()}), ""))
    return found


def _working(roster: Roster, data: dict[str, Any]) -> set[Intro]:
    """Each roster name whose own clause gives it a role with "als" and a present verb of
    working: its verb right after it, or a relative clause after it ("Eva Ems, die als …")."""
    found: set[Intro] = set()
    text, verbs = roster.text, "|".join(data["as_verbs"])
    pattern = re.compile(rf"(?:, (?:der|die) (?=[^,]*\b(?:{verbs})\b)| (?={verbs}\b))")
    for pos, name in placed_once(roster):
        start = text.find(name, pos, pos + len(name) + 1)
        opening = pattern.match(text, start + len(name)) if start >= 0 else None
        clause = _CLAUSE.match(text, opening.end()) if opening else None
        part = clause.group().split(",")[0] if clause else ""
        role = re.search(r"(?<![\w-])als ([A-ZÄÖÜ][\w-]*)", part)
        if role and not any(w.lower() in data["former"] for w in part.split()):
            found.add((start, name, frozenset({role.group(1).lower()}), ""))
    return found


# "Der 47 Jahre alte Landwirt Jan Ostermann": the roster's run keeps the role ("Landwirt Jan
# Ostermann"), `_led` the name after it; two names of one person would be two people.
def merged(found: set[Intro]) -> list[Intro]:
    """The introductions in text order, a name that ends in another's at the same place ("Laut
    Jan Ost", "Landwirt Jan Ost") given to the shorter one with its roles."""
    shortest: dict[int, tuple[int, str]] = {}
    for start, name, _, _ in found:
        end = start + len(name)
        if end not in shortest or len(name) < len(shortest[end][1]):
            shortest[end] = (start, name)
    kept: dict[tuple[int, str], tuple[frozenset[str], str]] = {}
    for start, name, roles, age in found:
        short = shortest[start + len(name)]
        key = short if name.endswith(f" {short[1]}") else (start, name)
        held, aged = kept.get(key, (frozenset(), ""))
        kept[key] = (held | roles, aged or age)
    return sorted((start, name, roles, age) for (start, name), (roles, age) in kept.items())
