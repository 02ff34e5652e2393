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
from summarizer.attribution.german.role_holder import role_or_body, speaks
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_COPULAS = frozenset(_data.load_toml("german.toml")["judged"]["copulas"])
_REACH = 160
_OPENING = ("Für ", "für ")
_CLOSE = re.compile(r"[^“”\n]{1,200}[“”]([^,;:.!?\n]{0,120})")
_WHAT = "Was für "  # "Was für die Ministerin eine „…“ ist, war für …": a free relative clause
_WHAT_CLOSE = re.compile(r"[^“”\n]{1,200}[“”]\s*(\w+)\s*,")


def judged_by(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person "für" names before the copula of the quotation's sentence, or None."""
    start = TOKEN.search(text, window[0], window[1])
    if start is not None and text.startswith(_WHAT, start.start()):
        return _judged_what(text, window, start.end(), cues)
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
    if not speaks(text, tokens, phrase, cues) or _verb_closes(text, window[1]):
        return None
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None


# "Für X ist ein „großer Empfang“ geplant": a participle closes the clause, and X is no judge.
def _verb_closes(text: str, opening: int) -> bool:
    """Whether a lower-case word (a participle or infinitive) ends the quotation's clause."""
    found = _CLOSE.match(text, opening + 1)
    words = found.group(1).split() if found else []
    return bool(words) and words[-1].islower()


# "Was für die Ministerin eine „flexible Lösung“ ist, war für die Lehrer …": the free relative
# clause's copula closes it right after the quotation; "Was für ein „Unsinn“!" names no one.
def _judged_what(text: str, window: Window, begin: int, cues: Cues) -> Mention | None:
    """The person or body of a "Was für X … „…“ ist," clause that opens the sentence."""
    before = text[max(0, begin - 7) : begin - 3].rstrip(' „“"')
    closed = _WHAT_CLOSE.match(text, window[1] + 1)
    if (before and before[-1] not in ".!?\n") or not closed or closed.group(1) not in _COPULAS:
        return None
    tokens = list(TOKEN.finditer(text, begin, window[1]))
    phrase = read_phrase(tokens, 1, cues) if len(tokens) > 2 else None
    if phrase is None or phrase.end >= len(tokens) or any(t.group() in ",;:" for t in tokens):
        return None
    named = phrase.name is not None and person(text, tokens, phrase, cues)
    if not named and not role_or_body(tokens, phrase, cues):
        return None
    found = mention_of(text, tokens, phrase, tokens[phrase.end], cues)
    return dataclasses.replace(found, sure=False) if found else None
