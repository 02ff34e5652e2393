"""Full names written with a middle initial ("Jo A. Kaaaa"), which the roster's runs cut at the
initial's full stop: bearers of a surname a bare surname may stand for too."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import NamedTuple

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.speakers.roster import Placed, Roster

_INITIALLED = re.compile(r"\S+(?:[ \t]+\S+)*[ \t]+[A-Z]\.[ \t]+\S+")
# what every initialled run holds (" A. "), found from its capital: the engine skips to capitals,
# not to every space; its start is the space before
_INITIAL = re.compile(r"[A-Z](?<=[ \t].)\.[ \t]")


# Once per article: one scan of its runs, then a look-up per quotation. No run goes past a line's
# end, so only the lines that hold an initial are scanned, each from its start (despeed31).
@functools.lru_cache(maxsize=4)
def initialled(text: str) -> dict[str, Placed]:
    """The article's names with a middle initial, with where each stands, by surname."""
    found: dict[str, Placed] = defaultdict(list)
    for start, end in _initial_lines(text):
        for match in single_run().finditer(text, start, end):
            if _INITIALLED.fullmatch(match.group()):
                found[match.group().rsplit(None, 1)[-1]].append((match.start(), match.group()))
    return found


def _initial_lines(text: str) -> list[tuple[int, int]]:
    """Each line that holds an initial: its start, and its end past the line break."""
    lines: list[tuple[int, int]] = []
    for initial in _INITIAL.finditer(text):
        start = initial.start() - 1
        if lines and start < lines[-1][1]:
            continue  # a second initial on the line
        end = text.find("\n", initial.end())
        lines.append((text.rfind("\n", 0, start) + 1, len(text) if end < 0 else end + 1))
    return lines


def middle_initial(word: str) -> bool:
    """Whether `word` is a middle initial ("A."), which only a person's name holds."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


class Bearers(NamedTuple):
    """Everyone named in full with one surname, in text order, and where a second name starts."""

    placed: Placed
    other_at: int  # where the first name unlike the first one's stands; -1: one name only


# Once per article and surname: sorting every bearer again at each quotation (and looking through
# all those before it) was quadratic in an article that quotes "Anna Berg" many times.
@functools.lru_cache(maxsize=256)
def bearers(roster: Roster, text: str, surname: str) -> Bearers:
    """The roster's full names ending in `surname`, with the initialled ones ("Jo A. Kaaaa")."""
    placed = sorted(roster.by_word().get(surname, []) + initialled(text).get(surname, []))
    first = placed[0][1] if placed else ""
    return Bearers(placed, next((at for at, name in placed if name != first), -1))
