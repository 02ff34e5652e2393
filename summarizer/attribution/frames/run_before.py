"""The subject that ends right before a cue: a name, a role, an owner, a joint subject, a body
past a place ("В Кремле заявили"), or a definite description."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import description_mention
from summarizer.attribution.frames.joint import joint_subject
from summarizer.attribution.frames.located import after_place
from summarizer.attribution.frames.objects import complement
from summarizer.attribution.frames.possessed import owner_before
from summarizer.attribution.frames.roles import role_before
from summarizer.attribution.frames.runs import classify, governed, member, run_of
from summarizer.attribution.lexicon.cues import Cues, Mention


def run_before(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The mention that the words ending right before `cue` make: a name, a role, a body."""
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    role = role_before(text, tokens, run, cue, cues) if run else None
    role = role or (owner_before(text, tokens, run, cue, cues) if run else None)
    role = role or joint_subject(tokens, run, cue, cues)
    if role:  # "Le président de la République a déclaré": never "République"
        return role
    if run and governed(text, tokens, run, cues):  # past "В Кремле" in Russian: the subject
        return classify(text, after_place(run, cues), cue, cues) or member(
            text, tokens, run, cue, cues
        )
    if run and complement(tokens, run, cues):
        return None
    owner = member(text, tokens, run, cue, cues) if run else None
    found = owner or classify(text, run, cue, cues)
    return found or description_mention(text, tokens[::-1], cue, cues, forward=False)
