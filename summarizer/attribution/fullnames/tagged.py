"""A lawmaker's party tag at the cue ("Tom Hale, R-Ky., said") shown as the name it tags."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.canonical import canonical
from summarizer.attribution.fullnames.nonspeakers import party_tag
from summarizer.attribution.lexicon.cues import Cues

_NAME_WORDS = 2  # "Senate Majority Leader Tom Hale": a forename and a surname after the office
_INITIAL = re.compile(r"[A-Z]\.")
_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]* )*[A-Z][\w'’-]*), $")
_REACH = 80  # how far before its tag a name is looked for


def tagged(text: str, found: Sequence[Attribution], cues: Cues) -> tuple[Attribution, ...]:
    """`found`, each speaker that is a party tag replaced by the name right before the tag."""
    return tuple(_untagged(text, a, cues) for a in found)


def _untagged(text: str, found: Attribution, cues: Cues) -> Attribution:
    """The attribution of the name a tag stands after, or none; other attributions unchanged."""
    mention, at = found.mention or "", found.mention_at
    if not party_tag(mention) or at < 0 or not text.startswith(mention, at):
        return found
    before = _BEFORE.search(text, max(0, at - _REACH), at)
    if before is None:
        return found
    words = canonical(before.group(1), cues).split()
    keep = _NAME_WORDS + 1 if len(words) > _NAME_WORDS and _INITIAL.fullmatch(words[-2]) else 2
    name = " ".join(words[-keep:])
    return replace(found, speaker=name, mention=name, mention_at=before.start(1))
