"""Where a German clause with its own subject opens inside a cue window."""
# "„…“, sagte Eva Roth, und Paul Ems fügte hinzu: „…“": after a comma and "und" a new main clause
# begins, and the cue there has its own subject (Ems), not the one of the cue before it (Roth).

from __future__ import annotations

import re

from summarizer import _data

_ADDED = _data.load_toml("german.toml")["added"]
_AND = frozenset(_ADDED["conjunctions"])
_PLURAL = tuple(_ADDED["plural_endings"])
_JOINED = re.compile(r",\s+(\w+)\s+")
_ADVERB_ENDINGS = tuple(_data.load_toml("german.toml")["adverbials"]["endings"])


def clause_start(text: str, start: int, cue: re.Match[str]) -> int:
    """Where the last clause a comma and a conjunction open before `cue` starts, else start."""
    if cue.group().split()[0].lower().endswith(_PLURAL):
        return start  # "Jan Roth, der Chef, und Eva Ems sagten:": both, one subject
    found = start
    end = cue.start()
    for joined in _JOINED.finditer(text, start, end):
        if joined.group(1) in _AND:
            found = joined.end()
    return found


def adverb_opens(tokens: list[str]) -> bool:
    """Whether the words before a cue end in a comma and an adverb, which open a clause."""
    # "…, ausdrücklich erklärte Graf X:": the subject follows the verb
    return tokens[-2:-1] == [","] and tokens[-1].islower() and tokens[-1].endswith(_ADVERB_ENDINGS)
