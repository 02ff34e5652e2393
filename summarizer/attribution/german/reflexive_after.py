"""German reflexive frames after a quotation: "„…“, empörte sich X", "„…“, zeigte sich X froh"."""
# A reflexive verb of stance, feeling or saying (german.toml [reflexive_after]) right after the
# comma behind a quotation, "sich" next, makes the quotation its subject's speech: no title,
# however capitalised its words ("„Das ist ein Skandal“, empörte sich X"). Read by
# german_bracket.bracket_follows, which kinds/kinds.py asks before reading capitals as a title;
# the speaker is read by german_after._inverted_any (any verb, "sich" skipped).

from __future__ import annotations

import re

from summarizer import _data

_VERBS = frozenset(_data.load_toml("german.toml")["reflexive_after"]["verbs"])
_FRAME = re.compile(r"([a-zäöüß]+)[ \t]+sich\b")


def reflexive_after(text: str, start: int) -> bool:
    """Whether a reflexive verb of stance or saying and "sich" stand at `start`."""
    found = _FRAME.match(text, start)
    return found is not None and found.group(1) in _VERBS
