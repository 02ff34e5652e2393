"""A name set off by a comma after a role or a description ("the union's head, Tom Hale")."""

from __future__ import annotations

import re

from summarizer.attribution.cues import Mention

_APPOSED = re.compile(r"\s*,\s*((?:[^\W\d_][\w'’-]*\s+){1,3}[^\W\d_][\w'’-]*)\s*(?=[,.;]|$)")
# the lower-case complement of a description before its comma ("the head of the union")
_COMPLEMENT = re.compile(r"(?:\s+(?:of|for|at|in)(?:\s+[a-z][\w'’-]*){1,3})?(?=\s*,)")


def apposed_name(text: str, end: int, cue: re.Match[str]) -> Mention | None:
    """The capitalised name apposed after a comma at `end` (", Carlos Cuerpo,")."""
    apposed = _APPOSED.match(text, end)
    if apposed is None or not all(w[0].isupper() for w in apposed.group(1).split()):
        return None
    return Mention(apposed.group(1), "name", cue.group(), apposed.start(1), cue.start())


def described_name(text: str, found: Mention, cue: re.Match[str]) -> Mention | None:
    """The name apposed to a description after a verb-first cue, past its complement."""
    # "said the head of the union, Tom Hale.": the name, not "the head"
    if found.kind != "description":
        return None
    complement = _COMPLEMENT.match(text, found.at + len(found.words))
    return apposed_name(text, complement.end(), cue) if complement else None
