"""A surname said after an honorific shown as the article's one full name for it."""
# "Mr. Putin", "Frau Merkel" shown as the one full name the article gives a person of that surname
# ("Vladimir V. Putin"): one person, one name

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.bearers import name_patterns, together
from summarizer.attribution.frames.canonical import (
    canonical_once,
    fullness,
    same_person,
)
from summarizer.attribution.frames.complement_split import name_after
from summarizer.attribution.frames.forenames import honorifics, name_marks
from summarizer.attribution.lexicon.cues import Cues

# the pairwise comparison of full names stays short on any input
_FORMS = 6
"""More full names of one surname than this are taken for several people."""
_NEAR = 40
"""Characters either side of a cue where an honorific before its mention is looked for."""


def full_names(text: str, found: Sequence[Attribution], cues: Cues) -> tuple[Attribution, ...]:
    """`found`, each speaker named by honorific and surname given the article's full name."""
    surnames = {a.speaker for a in found if a.speaker and _addressed(a, text, cues.family)}
    if not surnames:
        return tuple(found)
    fuller = _full_names(text, surnames, cues)
    return tuple(
        replace(a, speaker=fuller[a.speaker])
        if a.speaker in fuller and _addressed(a, text, cues.family)
        else a
        for a in found
    )


def _addressed(found: Attribution, text: str, family: str) -> bool:
    """Whether the speaker is a surname said after an honorific at the cue."""
    # "Mr. Putin said", "сказал господин Соколов", whose lower-case honorific is no part of the
    # mention
    words = (found.mention or "").split()
    if not honorifics(family) or not words or words[-1] != found.speaker:
        return False
    if len(words) > 1:
        return words[-2].rstrip(".").lower() in honorifics(family)
    near = name_patterns(family)[1].finditer(
        text, max(0, found.cue_at - _NEAR), found.cue_at + _NEAR
    )
    return found.cue_at >= 0 and any(match.group(2) == found.speaker for match in near)


def _full_names(text: str, surnames: set[str], cues: Cues) -> dict[str, str]:
    """Each surname's one full name in the article, where it has one."""
    # none where it names two people of that surname ("Joe Biden", "Jill Biden") or addresses it
    # with both genders ("Mr.", "Mrs.")
    run, addressed = name_patterns(cues.family)
    marks = honorifics(cues.family)
    genders: defaultdict[str, set[str]] = defaultdict(set)
    for match in addressed.finditer(text):
        if len(match.group(1)) > 1 or not _initial(text, match.start()):
            genders[match.group(2)].add(marks[match.group(1).lower()])
    people: defaultdict[str, set[str]] = defaultdict(set)
    placed: defaultdict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for match in run.finditer(text):
        name = canonical_once(name_after(text, match.start(), match.group(), cues), cues)
        surname = name.rsplit(" ", 1)[-1]
        # "Michelle Obama … Mr. Obama said": a name marked a woman is not the one "Mr." addresses
        other = name_marks(text, match.span(), cues.family) - genders[surname]
        if " " in name and surname in surnames and not (genders[surname] and other):
            people[surname].add(name)
            placed[surname].append((*match.span(), name))
    return {
        surname: max(names, key=fullness)
        for surname, names in people.items()
        if {"masculine", "feminine"} - genders[surname]
        and len(names) <= _FORMS
        and all(same_person(a, b) for a in names for b in names if a < b)
        and not together(text, placed[surname])  # "Jo A. Kaaaa met Jon Kaaaa": two people
    }


def _initial(text: str, at: int) -> bool:
    """Whether the one-letter honorific at `at` follows a capitalised word: then an initial."""
    # an initial in a name ("Claire M. Garnier"), not "M. Garnier"
    before = text[max(0, at - 40) : at].split()
    return bool(before) and text[at - 1 : at].isspace() and before[-1][:1].isupper()
