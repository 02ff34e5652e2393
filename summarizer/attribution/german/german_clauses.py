"""Where a German clause with its own subject opens inside a cue window."""
# "„…“, sagte Eva Roth, und Paul Ems fügte hinzu: „…“": after a comma and "und" a new main clause
# begins, and the cue there has its own subject (Ems), not the one of the cue before it (Roth).

from __future__ import annotations

import re

from summarizer import _data

_AND = frozenset(_data.load_toml("german.toml")["added"]["conjunctions"])
_JOINED = re.compile(r",\s+(\w+)\s+")


def clause_start(text: str, start: int, end: int) -> int:
    """Where the last clause a comma and a conjunction open in [start, end) starts, else start."""
    found = start
    for joined in _JOINED.finditer(text, start, end):
        if joined.group(1) in _AND:
            found = joined.end()
    return found
