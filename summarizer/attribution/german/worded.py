"""German "Mit den Worten „…“ verabschiedete sich X": the words first, their speaker after."""
# A sentence that opens with "Mit den Worten" and the quotation puts the manner of an act first
# (verb second): the subject after the finite verb spoke the words ("Mit den Worten „…“
# verabschiedete sich Jan Roth", "…, richtete er den Blick"). A passive ("Mit den Worten „…“
# wurde Roth verabschiedet") has the one seen off as its subject, so it names nobody, and so does
# "Mit den Worten Goethes „…“": the words are another's. Never sure: the verb is no verb of saying.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import mention_of, read_phrase
from summarizer.attribution.german.tokens import clause_after
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_TABLE = _data.load_toml("german.toml")["worded"]
_OPENERS = "|".join(_TABLE["openers"])
_NOUNS = "|".join(_TABLE["nouns"])
_OPENER = re.compile(rf"(?:^|[.!?:]\s|\n)\s*Mit (?:(?:{_OPENERS}) )?(?:{_NOUNS})\s*$")
_PASSIVES = frozenset(_TABLE["passives"])
_OBJECTS = frozenset(_TABLE["objects"])
_QUOTING = frozenset(_TABLE["quoting"])  # "zitierte Roth die Kanzlerin": hers
_LEAD = 40  # "Mit den Worten " and the stop before it


def worded_speaker(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """The subject after the verb of a sentence opened by "Mit den Worten „…“", or None."""
    if not _OPENER.search(text, max(0, before[1] - _LEAD), before[1]):  # the stop before too
        return None
    if text[before[0] : before[1]].rstrip().endswith(":"):
        return None
    opened = after[0] + (text[after[0] : after[0] + 1] == ",")  # "„…“, richtete er"
    tail = clause_after(text, (opened, after[1]))
    if len(tail) < 2 or not tail[0].group().islower() or tail[0].group() in _PASSIVES | _QUOTING:
        return None  # the finite verb comes first, in lower case
    index = 1
    while index < len(tail) and tail[index].group() in _OBJECTS:
        index += 1
    if index >= len(tail):
        return None
    word = tail[index]
    singular = not tail[0].group().endswith("en")  # "beendete sie", not "beendeten sie"
    if word.group() == "er" or (word.group() == "sie" and singular):
        return Mention(word.group(), "pronoun", tail[0].group(), word.start(), tail[0].start())
    end = index + 1  # the subject ends before a preposition or an object ("von den Kollegen")
    while end < len(tail) and not tail[end].group().islower():
        end += 1
    tail = tail[:end]
    phrase = read_phrase(tail, index, cues)
    if phrase is None or not person(text, tail, phrase, cues):
        return None
    return mention_of(text, tail, phrase, tail[0], cues)
