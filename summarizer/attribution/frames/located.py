"""A place that stands for the body in it before or after a plural cue: "В Кремле подчеркнули"."""

# Russian reports a body's words with a plural verb and the place it sits in ("— сообщили в
# Минобороны", "В МИД России заявили, что"): nobody is named, so the place is the `mention` of an
# anonymous speaker and never a name (the speaker stays null).

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.place_case import place_words
from summarizer.attribution.lexicon.cues import Cues, Mention

_PLACE_WORDS = 3
_PREPOSITIONS = frozenset({"в", "во"})
_OPENING = '.!?:;«»"“”—–\n'


def _plural(cue: re.Match[str], cues: Cues) -> bool:
    """Whether the cue is a Russian plural verb ("заявили"), whose subject is no one person."""
    return bool(cues.patronymics) and cue.group().lower().endswith(cues.plural_endings)


def _place(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[int, int] | None:
    """Where "в" and a place (up to three words, to a preposition) stand."""
    if len(tokens) < 2 or tokens[0].group().lower() not in _PREPOSITIONS:
        return None
    if text[tokens[0].end() : tokens[1].start()] != " ":  # "в её окружении", "в министерстве"
        return None
    end = tokens[1].end()
    for before, token in pairwise(tokens[1 : _PLACE_WORDS + 1]):
        if text[before.end() : token.start()] != " " or token.group().lower() in cues.governing:
            break
        end = token.end()
    return tokens[0].start(), end


def place_after(text: str, cue: re.Match[str], end: int, cues: Cues) -> Mention | None:
    """The place right after a plural cue ("— подчеркнули в Кремле"), as an anonymous mention."""
    if not _plural(cue, cues):
        return None
    tokens = list(TOKEN.finditer(text, cue.end(), min(end, cue.end() + 80)))[: _PLACE_WORDS + 1]
    found = _place(text, tokens, cues) if tokens and tokens[0].start() == cue.end() + 1 else None
    if found is None:
        return None
    return Mention(text[found[0] : found[1]], "anonymous", cue.group(), found[0], cue.start())


def place_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The place that opens its clause right before a plural cue ("В Кремле подчеркнули:")."""
    if not _plural(cue, cues):
        return None
    head = text[start : cue.start()]
    opened = start + max(head.rfind(mark) for mark in _OPENING) + 1
    tokens = list(TOKEN.finditer(text, opened, cue.start()))
    found = _place(text, tokens, cues)
    if found is None or text[found[1] : cue.start()] != " ":
        return None
    return Mention(text[found[0] : found[1]], "anonymous", cue.group(), found[0], cue.start())


# "В Кремле Песков заявил", "В Москве Сергей Лавров заявил": the name after the place is the
# subject (`listeners.place_words`: the first word and those after it in an oblique case).
def after_place(run: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The words of a run after "в" that follow the place, where names decline; else none."""
    if not cues.patronymics or not cues.oblique_endings:
        return []
    return run[place_words([t.group() for t in run], cues) :]
