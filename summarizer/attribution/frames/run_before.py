"""The subject that ends right before a cue: a name, a role, an owner, a joint subject, a body
past a place ("В Кремле заявили"), or a definite description."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import description_mention
from summarizer.attribution.frames.joint import joint_subject
from summarizer.attribution.frames.located import after_place
from summarizer.attribution.frames.objects import complement
from summarizer.attribution.frames.opening_place import subject_start
from summarizer.attribution.frames.possessed import owner_before
from summarizer.attribution.frames.roles import role_before
from summarizer.attribution.frames.runs import (
    adjacent,
    classify,
    elided_of,
    elision,
    governed,
    member,
    run_of,
)
from summarizer.attribution.lexicon.cues import Cues, Mention


def run_before(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The mention that the words ending right before `cue` make: a name, a role, a body."""
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    cut = subject_start([t.group() for t in run], cues)
    run = run[cut:] if cut < len(run) else run  # "Из Киева Зеленский заявил": Зеленский
    if run and _after_elided_of(text, tokens, run, cues):
        return None  # "Le porte-parole d'Emmanuel Macron a déclaré": his spokesman, not Macron
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


# The name after "d'" is the object of "de", as after "de" itself ("le porte-parole de Marie
# Curie"), and so is one after "de l'" and its title: someone of that person speaks, and
# nothing here names who.
def _after_elided_of(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cues: Cues
) -> bool:
    """Whether the run goes on a name that an elided "de" opens right before it."""
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    before = tokens[index - 1] if index else None
    if before is None or not adjacent(text, before.end(), run[0].start()):
        return False
    dropped, noun = elision(before.group())  # "la fille de l'avocat Paul Marin": his daughter
    owned = dropped in cues.articles and noun.lower() in cues.titles and index > 1
    return elided_of(before.group(), cues) or (
        owned and tokens[index - 2].group() in cues.complements
    )
