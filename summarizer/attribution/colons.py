"""A speaker named right before a colon that opens a quotation: "Prelogar: “…”", and the owner
of a word for someone's words ("Augsteins Motto: »…«")."""

from __future__ import annotations

import re

from summarizer.attribution.clauses import TOKEN
from summarizer.attribution.cues import Cues, Mention, Window
from summarizer.attribution.runs import adjacent, classify, run_of

_COLON = re.compile(":")
_GENITIVE = re.compile(r"(?:['’]s?|s)$")


def saying_owner(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Augsteins Motto …: »…«" - a possessive name before a noun for someone's words."""
    if not text[window[0] : window[1]].rstrip().endswith(":"):
        return None
    tokens = list(TOKEN.finditer(text, window[0], window[1]))
    for index in range(len(tokens) - 1, 0, -1):
        owner = tokens[index - 1]
        if tokens[index].group().lower() in cues.sayings and _GENITIVE.search(owner.group()):
            run = run_of(text, tokens[index - 1 :: -1], cues, forward=False)[::-1]
            if not run or not owner.group()[0].isupper():
                return None
            name = text[run[0].start() : owner.end()]
            return Mention(_GENITIVE.sub("", name), "name", tokens[index].group(), run[0].start())
    return None


def colon_name(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Prelogar: “…”" - a name and a colon right before the quotation."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":") or cues.family == "ar":
        return None
    end = window[0] + len(head) - 1
    tokens = list(TOKEN.finditer(text, window[0], end))
    if not tokens or not adjacent(text, tokens[-1].end(), end):
        return None
    colon = _COLON.match(text, end)
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    if colon is None or not run or run[0].start() != tokens[0].start():
        return None
    mention = classify(text, run, colon, cues)
    if mention is None or mention.kind != "name" or mention.words.isupper():
        return None  # an upper-case heading ("ANALYST'S TAKE:") is nobody
    return mention
