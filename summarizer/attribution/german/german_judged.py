"""Whose judgement a copula states: "Für X ist das ein „…“" (X judges, in X's words)."""
# "Für die Ministerin ist der Plan eine „flexible Lösung“", "Für Senator Paul Lenz war das ein
# „gelungenes Beispiel“", "Für den Mieterverein war das Urteil eine „…“": "für" and a person, a
# role or a body put first, a copula, the quotation in that one clause. Never sure: the words may
# be the writer's.

from __future__ import annotations

import dataclasses
import re

from summarizer import _data
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, read_phrase
from summarizer.attribution.german.role_holder import role_or_body
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_COPULAS = frozenset(_data.load_toml("german.toml")["judged"]["copulas"])
_REACH = 160
_OPENING = ("Für ", "für ")
_CLOSE = re.compile(r"[^“”\n]{1,200}[“”]([^,;:.!?\n]{0,120})")


def judged_by(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person "für" names before the copula of the quotation's sentence, or None."""
    start = TOKEN.search(text, window[0], window[1])
    if start is None or not text.startswith(_OPENING, start.start()):
        return None  # the cheap gate: the sentence opens with "Für"
    before = text[max(0, start.start() - 3) : start.start()].rstrip(' „“"')
    if before and before[-1] not in ".!?\n":
        return None  # "…, für X ist": not the sentence's first place
    tokens = list(TOKEN.finditer(text, start.start(), min(window[1], start.start() + _REACH)))
    phrase = read_phrase(tokens, 1, cues) if len(tokens) > 2 else None
    if phrase is None or phrase.end >= len(tokens):
        return None
    if phrase.name is None and not role_or_body(tokens, phrase, cues):
        return None  # a person or a role: "für Familien", "für die Kinder" judge nothing
    verb = tokens[phrase.end]
    if verb.group() not in _COPULAS or any(t.group() in ",;:" for t in tokens[phrase.end :]):
        return None
    speaks = person(text, tokens, phrase, cues) or role_or_body(tokens, phrase, cues)
    if not speaks or _verb_closes(text, window[1]):
        return None
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None


# "Für X ist ein „großer Empfang“ geplant": a participle closes the clause, and X is no judge.
def _verb_closes(text: str, opening: int) -> bool:
    """Whether a lower-case word (a participle or infinitive) ends the quotation's clause."""
    found = _CLOSE.match(text, opening + 1)
    words = found.group(1).split() if found else []
    return bool(words) and words[-1].islower()
