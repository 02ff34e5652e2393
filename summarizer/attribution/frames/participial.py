"""Whose participle "adding" or "saying" is: the subject of a reporting verb before it."""

from __future__ import annotations

import re

from summarizer.attribution.frames.subjects import clause_subject
from summarizer.attribution.lexicon.cues import Cues, Mention


# "Sales fell, Lund told reporters, adding “…”", "…, Lund said, adding": the participle goes
# with the clause of the reporting verb before it, whose own cue names its subject; the clause
# that opens the sentence ("Sales fell") is what was said, not who said it.
def _reported_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a finite reporting verb stands in the sentence before the participle `cue`."""
    begin = start
    for stop in cues.sentence_end.finditer(text, start, cue.start()):
        begin = stop.end()
    return any(
        verb.group().islower() and verb.group().lower() not in cues.participles
        for verb in cues.verbs.finditer(text, begin, cue.start())
    )


def participle_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject a participle cue names itself: none after a reporting verb, whose cue does."""
    if _reported_before(text, start, cue, cues):
        return None
    return clause_subject(text, start, cue, cues)
