"""German verbs of perceiving: "„Feuer!“, hörte X jemanden rufen", "X erfuhr aus dem Radio:"."""
# The subject of a verb of hearing, reading or learning takes in words someone else said or wrote:
# neither a colon after its clause nor a quotation right before its verb makes it the speaker.
# Any form in the clause counts ("bekam zu hören:", "musste sich anhören:"); reading aloud ("las
# … vor") is saying. The readers of any verb (german.py `elsewhere`, german_after._inverted_any)
# ask this; a cue of saying in the same clause keeps its own frame. german.toml [perceived].

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer import _data

_TABLE = _data.load_toml("german.toml")["perceived"]
_VERBS = frozenset(_TABLE["verbs"])
_ALOUD = frozenset(_TABLE["aloud"])


def perceiving(clause: Sequence[re.Match[str]]) -> bool:
    """Whether the words of `clause` hold a verb of hearing, reading or learning (not aloud)."""
    words = {t.group().lower() for t in clause}
    return not _VERBS.isdisjoint(words) and _ALOUD.isdisjoint(words)
