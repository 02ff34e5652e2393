"""German: the owner of a statement noun whose complement is the quotation."""
# "Die Warnung des Virologen Jan Roth vor einer „…“ stieß auf Skepsis", "Nach der Kritik der
# Ministerin an den „…“ …": a noun of saying ("Warnung", "Kritik", "Forderung"), its genitive
# owner, and at most a preposition and an article before the quotation; the owner is a person or a
# body (never "des Berichts"), so the words are the owner's. Never sure: the writer may sum up.

from __future__ import annotations

import dataclasses
import re

from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, read_phrase
from summarizer.attribution.german.role_holder import role_or_body
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_GENITIVES = frozenset({"des", "der"})
_GENITIVE_WORD = re.compile(r"\bde[sr]\b")
_LINK = 2  # a preposition and an article between the owner and the quotation ("vor einer")
_REACH = 20  # tokens read back from the quotation: bounded, so it stays linear


def statement_owner(text: str, window: Window, cues: Cues) -> Mention | None:
    """The genitive owner of the statement noun right before the quotation, or None."""
    end = window[1]
    while end > window[0] and text[end - 1].isspace():  # no copy of the window: linear
        end -= 1
    if end > window[0] and text[end - 1] in ":,":
        return None  # a colon or a comma sets the quotation off: no noun's complement
    start = max(window[0], window[1] - 200)
    if _GENITIVE_WORD.search(text, start, window[1]) is None:
        return None  # no "des"/"der" to own a noun: the words are never read
    tokens = list(TOKEN.finditer(text, start, window[1]))[-_REACH:]
    for at in range(len(tokens) - 2, -1, -1):
        word = tokens[at].group()
        if word in ",;:.!?" or not (word[:1].isupper() and statement_noun(word)):
            if word in ",;:.!?":
                return None  # the quotation's own clause only
            continue
        if tokens[at + 1].group() not in _GENITIVES:
            return None  # "die Warnung vor einer „…“": no owner
        return _owner(text, tokens, at, cues)
    return None


def _owner(text: str, tokens: list[re.Match[str]], noun: int, cues: Cues) -> Mention | None:
    """The person or body of the genitive after the noun at `noun`, if only a link follows it."""
    phrase = read_phrase(tokens, noun + 1, cues)
    if phrase is None or len(tokens) - phrase.end > _LINK:
        return None
    link = [t.group() for t in tokens[phrase.end :]]
    if any(not w.islower() for w in link):
        return None  # "des Ministers Jan Roth über Berlin „…“": a name between
    named = phrase.name is not None and person(text, tokens, phrase, cues)
    if not (named or role_or_body(tokens, phrase, cues)):
        return None  # "die Kritik des Berichts an der „…“": a thing's
    found = mention_of(text, tokens, phrase, tokens[noun], cues)
    if found is None:
        return None
    article, _, rest = found.words.partition(" ")
    if article in _GENITIVES and rest:  # "des Anwalts": the role as written, not its article
        return dataclasses.replace(found, words=rest, at=found.at + len(article) + 1, sure=False)
    return dataclasses.replace(found, sure=False)
