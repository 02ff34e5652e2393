"""A body opening a sentence between a woman named and a German "sie" (`review29b`).

"Pflegedirektorin Marta Sill organisierte die Verlegung. Die Regierung lobte die Klinik. „…“,
sagte sie.": "sie" may stand for the government (its spokesperson) as well as for her, so
nobody is named. A woman's role ("Die Ministerin"), a role apposed to a name ("Die Sprecherin
Lea Wendt") and words inside quotations are no such body.
"""

from __future__ import annotations

import re

from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.lexicon.cues import Cues

_REACH = 2000  # how far back the woman's last mention is looked for: bounded
_OPENING = re.compile(r"(?:(?<=[.!?] )|(?<=\n)|^)Die ([A-ZÄÖÜ][\w-]*)(?! [A-ZÄÖÜ])")
_QUOTED = re.compile(r"„[^„“]*“")
_WOMAN = ("in", "innen", "frau", "frauen")  # "Die Ministerin", "Die Hausfrau": persons


def body_between(text: str, name: str, at: int, cues: Cues) -> bool:
    """Whether a sentence opened by "Die" and a body stands between `name` and `at`."""
    last = text.rfind(name.split()[-1], max(0, at - _REACH), at)
    if last < 0:
        return False
    quoted = [m.span() for m in _QUOTED.finditer(text, last, at)]
    for found in _OPENING.finditer(text, last, at):
        if any(low <= found.start() < high for low, high in quoted):
            continue
        noun = found.group(1).lower()
        if person_noun(noun, cues) and not noun.endswith(_WOMAN):
            return True
    return False
