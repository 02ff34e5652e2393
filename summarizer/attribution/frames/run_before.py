"""The subject that ends right before a cue: a name, a role, an owner, a joint subject, a body
past a place ("В Кремле заявили"), or a definite description."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.attribution.frames.body_title import titled_after_body
from summarizer.attribution.frames.brand_run import brand_run
from summarizer.attribution.frames.clauses import description_mention
from summarizer.attribution.frames.elision import elided_of, elision
from summarizer.attribution.frames.english_opening import opening_cut
from summarizer.attribution.frames.english_words import CLAUSE_OPENERS, opens_clause
from summarizer.attribution.frames.joint import joint_subject
from summarizer.attribution.frames.located import after_place
from summarizer.attribution.frames.object_forename import object_before
from summarizer.attribution.frames.objects import complement
from summarizer.attribution.frames.opening_place import subject_start
from summarizer.attribution.frames.place_case import doubtful_name, place_words
from summarizer.attribution.frames.possessed import owner_before
from summarizer.attribution.frames.roles import role_before
from summarizer.attribution.frames.runs import (
    adjacent,
    classify,
    governed,
    member,
    preposition,
    run_of,
)
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import PARTICLES

_NAME_WORDS = 2  # a given name and a surname
_OPENERS = CLAUSE_OPENERS + "-"  # a mark before a clause's first word ("-- À Lyon …")


def run_before(
    text: str,
    tokens: list[re.Match[str]],
    cue: re.Match[str],
    cues: Cues,
    written: WrittenWords,
) -> Mention | None:
    """The mention that the words ending right before `cue` make: a name, a role, a body."""
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    opened = opening_cut(text, tokens, run, cues, written) if run else None
    if opened is not None:  # "Since January Talia Wren said", "In the Senate Orrin Vale said"
        found = (
            _mention(text, tokens, run[opened[0] :], cue, cues) if opened[0] < len(run) else None
        )
        return found if found is None or opened[1] else replace(found, sure=False)
    words = [t.group() for t in run]
    cut = subject_start(words, cues)
    placed = 0 < cut < len(run) and not cues.oblique_endings  # `_past_place`: never sure
    doubtful = _doubtful(text, tokens, run, cut, cues)
    run = run[cut:] if cut < len(run) else run  # "Из Киева Зеленский заявил": Зеленский
    if placed and sum(t.group()[0].isupper() for t in run) > _NAME_WORDS:
        return None  # "À Saint Louis Jean Dupont": the place may take the first name it cut at
    past, sure = _past_place(text, run, cues)
    sure = sure and not placed
    found = _mention(text, tokens, past, cue, cues)
    return found if (sure and not doubtful) or found is None else replace(found, sure=False)


# "Из Республики Коми Громов", "В Лондоне Риши Сунак": the place's last word or a first name.
def _doubtful(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cut: int, cues: Cues
) -> bool:
    """Whether the name past the place that opens `run` may start with the place's last word."""
    words = [t.group() for t in run]
    if not cut and cues.oblique_endings and run and governed(text, tokens, run, cues):
        cut = place_words(words, cues)  # "В Кремле Песков": `_mention` reads past the place
    return 0 < cut < len(run) and doubtful_name(words, cut)


def _mention(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """`run_before` for the run of capitalised words it found."""
    if run and _after_elided_of(text, tokens, run, cues):
        return None  # "Le porte-parole d'Emmanuel Macron a déclaré": his spokesman, not Macron
    if brand_run(text, tokens, run, cues):
        return None  # "Le compte Twitter du ministère a écrit": no name of "Twitter"
    if cues.family == "ru" and object_before([t.group() for t in run]):
        return None  # "Олега Карпова обвинила Анна Белова": the one accused
    role = role_before(text, tokens, run, cue, cues) if run else None
    role = role or (owner_before(text, tokens, run, cue, cues) if run else None)
    role = role or joint_subject(tokens, run, cue, cues)
    if role:  # "Le président de la République a déclaré": never "République"
        return role
    if run and governed(text, tokens, run, cues):  # past "В Кремле" in Russian: the subject
        found = classify(text, after_place(run, cues), cue, cues)
        found = found or titled_after_body(
            text, tokens, run, cue, cues
        )  # "Bank of Canada governor"
        return found or member(text, tokens, run, cue, cues)
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


# "À Marseille Benoît Payan a affirmé", "Depuis Kiev Volodymyr Zelensky a déclaré": a preposition
# that opens the clause and the place after it are an adverbial, capitalised as the name is. The
# name is a given name and a surname ("Luca de Meo"), but the place may have two words and the
# second a first name ("À Saint Louis Dupont", "À Port Louis Jugnauth"): the cut is never sure.
# A longer run ("À New York Eric Adams") has no cut at all: no name. Russian marks the place by
# its case (`subject_start`): its cut stays sure.
def _past_place(
    text: str, run: list[re.Match[str]], cues: Cues
) -> tuple[list[re.Match[str]], bool]:
    """The run past a clause-opening preposition and its place ("À Lyon"), and if that is sure."""
    lower = run[0].group().lower() if len(run) > _NAME_WORDS else ""  # not "Than Shwe"
    kept = cues.nouns_capitalized or cues.patronymics or lower in PARTICLES  # ru: `after_place`
    if kept or not preposition(lower, cues) or not opens_clause(text, run[0].start(), _OPENERS):
        return run, True
    capitals = [word for word in run[2:] if word.group()[0].isupper()]
    if len(capitals) != _NAME_WORDS:
        return [], True
    return run[2:], False
