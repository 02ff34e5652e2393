"""German: a reported perfect of saying right before a quotation is its own clause's act."""

# "Peter Vogt sagte, sein Bruder habe ihm einmal gesagt: „…“", "Heinz Mohr erzählte, dass ihm
# seine Mutter gesagt habe: „…“": the nearest cue (a Konjunktiv auxiliary and a participle of
# saying, no comma between) has a subject of its own, so the quotation is that subject's words,
# never the subject's of the earlier cue; the reported subject is left unnamed.

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from summarizer.attribution.german.german import cue_subjects
from summarizer.attribution.german.german_impersonal import impersonal_cue
from summarizer.attribution.lexicon.cues import Cues, Mention, Window


def subjects_of_cues(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> Iterator[Mention]:
    """`cue_subjects`, or someone unnamed when a reported perfect of saying is the nearest cue."""
    if found and impersonal_cue(text, found[-1], cues):  # "Man schreibt uns aus Paris:"
        yield Mention(found[-1].group(), "anonymous", found[-1].group(), -1, found[-1].start())
        return
    if len(found) < 3:  # an earlier cue, the auxiliary and the participle
        yield from cue_subjects(text, window, found, cues)
        return
    one, two = found[-2], found[-1]
    reported = [cue.group().lower() in cues.reported for cue in (one, two)]
    auxiliary = one if reported[0] else two
    joined = "," not in text[one.end() : two.start()] and two.start() - one.end() < _GAP
    said = (two if reported[0] else one).group().lower() not in cues.hearsay  # not "laut X sei"
    perfect = joined and reported.count(True) == 1 and said
    if perfect and not _pronoun_before(text, found[-3].end(), one.start(), cues):
        yield Mention(auxiliary.group(), "anonymous", auxiliary.group(), -1, auxiliary.start())
        return
    yield from cue_subjects(text, window, found, cues)


_GAP = 40  # "habe ihm einmal gesagt": a few words between the auxiliary and the participle


def _pronoun_before(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the reported clause's subject is a pronoun ("er habe"), read as before."""
    words = re.findall(r"\w+", text[start:end].lower())
    return any(word in cues.reported_subjects for word in words[-3:])
