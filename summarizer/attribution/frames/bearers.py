"""The full names an article gives a surname, and whether two people bear it."""
# "Jo A. Kaaaa met Jon Kaaaa today": two full names of one surname in one sentence are two people,
# even where their forenames could be one person's ("Joe Biden" … "Joseph R. Biden", apart); two
# whose forenames cannot be one's ("Tom Lee", "Jon Lee") are two anywhere. An honorific and the
# surname ("Mr. Kaaaa") then are a guess at the first of them at most, never sure; unless the
# honorific's gender rules all others out.

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from summarizer.attribution.frames.canonical import canonical_once, same_person
from summarizer.attribution.frames.capital_runs import PARTICLE
from summarizer.attribution.frames.complement_split import name_after
from summarizer.attribution.frames.forenames import honorifics, name_marks
from summarizer.attribution.frames.headlines import headings
from summarizer.attribution.lexicon.cues import cues_for

_KEPT = 12  # full names of one surname kept from the article's start: linear at each quotation
_END = re.compile(r"[.!?][\"'”’)]*\s|\n")  # a sentence or paragraph end between two names
_OTHER = {"masculine": "feminine", "feminine": "masculine"}
Placed = Sequence[tuple[int, int, str]]  # full names with their spans, in text order


@functools.cache
def name_patterns(family: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of capitalised words and initials, or an honorific and the capitalised word after."""
    # "Vladimir V. Putin"; "Mr. Putin"
    upper = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
    capital = f"[{re.escape(upper)}]"
    # an elided article is no part of a name ("L'entrepreneuse"); "O'Brien" is one
    word = f"{capital}\\w*(?:-\\w+|['’]{capital}\\w*)*"
    initial = f"{capital}\\."  # an initial keeps its period; a word's period ends the run
    run = re.compile(f"(?:(?:{initial}|{word})[ \\t]+{PARTICLE})+{word}")
    words = "|".join(sorted(map(re.escape, honorifics(family)), key=len, reverse=True))
    addressed = re.compile(f"(?<!\\w)(?i:({words}))\\.?[ \\t]+({word})")
    return run, addressed


def together(text: str, placed: Placed) -> bool:
    """Whether two different names of `placed` stand next to each other in one sentence."""
    pairs = itertools.pairwise(placed)
    return any(a[2] != b[2] and not _END.search(text, a[1], b[0]) for a, b in pairs)


def first_bearer(text: str, family: str, gender: str, said: tuple[str, int]) -> str | None:
    """The first of two or more people named in full before `said` (surname, at) whom an
    honorific of `gender` and the surname ("Mr. Kaaaa") may address, or None if one or none;
    one marked with the honorific's other gender is none of them."""
    other = _OTHER.get(gender, "")
    surname, at = said
    kept = [p for p in _bearers(text, family).get(surname, []) if p[0] < at]
    placed = [p for p in kept if other not in name_marks(text, p[:2], family)]
    names = {name for _, _, name in placed}
    apart = any(not same_person(a, b) for a in names for b in names if a < b)
    return placed[0][2] if len(names) > 1 and (apart or together(text, placed)) else None


# Once per article: the honorific of each quotation looks its surname up.
@functools.lru_cache(maxsize=4)
def _bearers(text: str, family: str) -> dict[str, list[tuple[int, int, str]]]:
    """The first full names of each surname in the article, with their spans (no headline's)."""
    cues = cues_for(family)
    lines = iter(headings(text))  # "U.S. Nominates Jim Yong Kim": title case makes no names
    line = next(lines, None)
    found: defaultdict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for match in name_patterns(family)[0].finditer(text):
        while line is not None and line[1] <= match.start():
            line = next(lines, None)
        if (line is not None and line[0] <= match.start()) or text.endswith(".", 0, match.start()):
            continue  # "U.S. Nominates Jim Yong Kim": "S." ends an abbreviation, no initial
        name = canonical_once(name_after(text, match.start(), match.group(), cues), cues)
        kept = found[name.rsplit(" ", 1)[-1]]
        if " " in name and len(kept) < _KEPT:
            kept.append((*match.span(), name))
    return found
