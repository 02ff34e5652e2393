"""The one a German passive of quoting names before the quotation: "wird X zitiert: „…“"."""
# The subject of a passive "zitiert" is the one quoted; "von" and its object only report him:
# "Dazu wird Jan Roth mit den Worten zitiert: „…“", "Jan Roth wurde wie folgt zitiert, …".

from __future__ import annotations

import dataclasses
import re

from summarizer.attribution.german.german import subject_before
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 300  # the sentence before the quotation: bounded, linear
_GATE = re.compile(r"zitiert[,:]")
_CLOSE = frozenset({",", ":"})


def cited_subject(text: str, window: Window, cues: Cues) -> Mention | None:
    """The named subject of "wird … zitiert" closing a clause of the quotation's sentence."""
    begin = max(window[0], window[1] - _REACH)
    if _GATE.search(text, begin, window[1]) is None:
        return None  # the substring test spares nearly every quotation the tokenizing
    for stop in cues.sentence_end.finditer(text, begin, window[1]):
        begin = stop.end()  # the clause's own sentence
    tokens = list(TOKEN.finditer(text, begin, window[1]))
    words = [t.group() for t in tokens]
    close = next((i for i, t in enumerate(tokens) if _closes(text, t, cues)), None)
    if close is None or any(_saying(w, cues) for w in words[close + 1 :]):
        return None  # "…, die Opposition sprach von „…“": a clause with a cue of its own
    aux = next((i for i in range(close) if words[i].lower() in cues.passive), None)
    if not aux or "," in words[aux:close]:
        return None  # no auxiliary in the participle's own clause, or no subject before it
    found = subject_before(text, begin, tokens[aux], cues)  # "Jan Roth wurde … zitiert,"
    if found is None or found.kind != "name":
        found = _inverted(text, tokens, aux, close, cues)  # "Dazu wird Jan Roth … zitiert:"
    if found is None or found.kind != "name":
        return None
    return dataclasses.replace(found, cue=words[close], cue_at=tokens[close].start())


def _closes(text: str, token: re.Match[str], cues: Cues) -> bool:
    """Whether a participle "zitiert" closes its clause at a comma or colon."""
    word = token.group()
    participle = word in cues.quoting and word.endswith("t")  # not "zitierte"
    return participle and text[token.end() : token.end() + 1] in _CLOSE


def _saying(word: str, cues: Cues) -> bool:
    """Whether a word is a verb of saying (not the reported Konjunktiv) with its own subject."""
    return word not in cues.reported and cues.verbs.fullmatch(word) is not None


def _inverted(
    text: str, tokens: list[re.Match[str]], aux: int, close: int, cues: Cues
) -> Mention | None:
    """The named subject right after the auxiliary and its adverbs ("wird auch X"); never past a
    preposition, whose object may be a paper apposed to its noun ("wird in der Zeitung X")."""
    index = aux + 1
    while index < close and tokens[index].group().lower() in cues.skip:
        index += 1
    if index >= close:
        return None
    phrase = read_phrase(tokens, index, cues)
    if phrase is None or phrase.name is None or oblique(tokens, phrase):
        return None
    if not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, tokens[close], cues)
