"""A Russian speaker written with initials ("В. В. Путин") shown as the article's full name."""
# The one full name of that surname whose forenames the initials open ("Владимир Путин").

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.bearers import name_patterns, together
from summarizer.attribution.frames.canonical import canonical_once, fullness, same_person
from summarizer.attribution.frames.complement_split import name_after
from summarizer.attribution.lexicon.cues import Cues

_INITIALLED = re.compile(r"((?:[^\W\d_]\.[ \t]?)+)[ \t]*([^\W\d_][\w'’-]+)")
_FORMS = 6  # more full names of one surname than this are taken for several people


def spelled_out(text: str, found: Sequence[Attribution], cues: Cues) -> tuple[Attribution, ...]:
    """`found`, each speaker with initials given the one full name written for that surname."""
    matches = (_INITIALLED.fullmatch(a.speaker) for a in found if a.speaker)
    short = {match.group(): match for match in matches if match}
    if not cues.patronymics or not short:
        return tuple(found)
    fuller = _full_names(text, {match.group(2) for match in short.values()}, cues)
    named: dict[str, str] = {}
    for name, match in short.items():
        full = fuller.get(match.group(2))
        if full and _opened(match.group(1), full):
            named[name] = full
    return tuple(replace(a, speaker=named[a.speaker]) if a.speaker in named else a for a in found)


def _opened(initials: str, full: str) -> bool:
    """Whether each initial opens the forename or patronymic in its place ("В. В.", "Владимир")."""
    letters = [part.strip() for part in initials.split(".") if part.strip()]
    given = full.split()[:-1]
    return bool(given) and all(
        letter == word[:1] for letter, word in zip(letters, given, strict=False)
    )


def _full_names(text: str, surnames: set[str], cues: Cues) -> dict[str, str]:
    """Each surname's one person written in full (forenames, no initials), where it has one."""
    people: defaultdict[str, set[str]] = defaultdict(set)
    placed: defaultdict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for match in name_patterns(cues.family)[0].finditer(text):
        name = canonical_once(name_after(text, match.start(), match.group(), cues), cues)
        surname = name.rsplit(" ", 1)[-1]
        if surname in surnames and " " in name and "." not in name:
            people[surname].add(name)
            placed[surname].append((*match.span(), name))
    return {
        surname: max(names, key=fullness)
        for surname, names in people.items()
        if len(names) <= _FORMS
        and all(same_person(a, b) for a in names for b in names if a < b)
        and not together(text, placed[surname])  # "Анна Петрова и Мария Петрова": two people
    }
