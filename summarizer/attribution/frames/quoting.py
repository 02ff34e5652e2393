"""Quoting verbs whose object speaks: "the Courier quoted Tom Hale as saying"."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_AGENT_WORDS = 3  # "by the Courier": the agent's words before an objective cue


# "the Courier quoted Tom Hale as saying" (before or after the quotation): the object speaks.
def objective(text: str, cue: re.Match[str], end: int, cues: Cues) -> re.Match[str]:
    """A quoting verb's objective cue in its sentence ("as saying"), else `cue`."""
    verb = cue.group().lower()
    if cues.objective is None or verb not in cues.transitive or verb not in cues.hearsay:
        return cue
    later = cues.objective.search(text, cue.end(), end)
    return later if later and "." not in text[cue.end() : later.start()] else cue


def with_objects(
    text: str, found: list[re.Match[str]], end: int, cues: Cues
) -> list[re.Match[str]]:
    """The cues, each quoting verb's objective cue in place of the verb ("quoted … as saying")."""
    kept: list[re.Match[str]] = []
    for cue in found:
        if kept and kept[-1].start() <= cue.start() < kept[-1].end():
            continue  # "saying" in "as saying"
        kept.append(objective(text, cue, end, cues))
    return kept


# "Hale was quoted by the Courier as saying": the agent only quotes; the passive's subject speaks.
def passive_end(
    cue: re.Match[str], tokens: list[re.Match[str]], start: int, cues: Cues
) -> int | None:
    """Where the subject ends before an objective cue's passive with an agent, else None."""
    if cues.objective is None or not cues.objective.fullmatch(cue.group()):
        return None
    if not any(t.group() in cues.agents for t in tokens[-_AGENT_WORDS:]):
        return None
    auxiliary = (t.start() for t in reversed(tokens) if t.group().lower() in cues.passive)
    return next(auxiliary, start)
