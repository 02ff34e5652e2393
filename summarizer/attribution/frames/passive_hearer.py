"""A sentence whose subject is told something: the narration names no speaker from it."""
# "Mara Zell was assured by officials that “…”", "Ann Roe was told “…”": the subject of a passive
# verb of addressing (cues.toml [en] addressed) hears the words; whoever said them is the agent
# after "by", mostly a group or a role, or nobody the sentence names. Whole words only, a
# sentence's words once each: linear.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def passive_hearer(text: str, sentence: tuple[int, int], cues: Cues) -> bool:
    """Whether a passive verb of addressing stands in the sentence ("was assured", "told by")."""
    if not cues.addressed or not cues.passive:
        return False
    auxiliary = False
    for word in _WORD.finditer(text, *sentence):
        lower = word.group().lower()
        by = text.startswith(" by ", word.end())  # "Mara Zell, told by officials that"
        if (auxiliary or by) and lower in cues.addressed:
            return True
        auxiliary = lower in cues.passive or (auxiliary and lower in cues.skip)
    return False
