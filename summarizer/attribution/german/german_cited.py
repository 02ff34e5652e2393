"""German: the person a quotation is cited from, "Jan Roth wurde mit den Worten zitiert: „…“"."""
# The one cited is the subject of a passive "zitieren" ("Jan Roth wurde mit den Worten zitiert:",
# "In der Zeitung wird Jan Roth wie folgt zitiert:"). The object of an active one ("Ein Sender
# zitierte Jan Roth mit den Worten:") is left alone: the corpora credit such words to the one who
# cites as much as to the one cited (deown21b: +1 right and +1 wrong on each TUNE half).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["cited"]
_VERBS = frozenset(_DATA["verbs"])
_MANNER = frozenset(_DATA["manner"])


def cited_person(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person a passive "zitiert" in the sentence before a quotation cites it from."""
    if "zitiert" not in text[window[0] : window[1]]:
        return None  # the plain gate keeps the tokenizing off nearly every quotation
    tokens = list(TOKEN.finditer(text, *window))
    words = [t.group() for t in tokens]
    verb = max((i for i, w in enumerate(words) if w in _VERBS), default=-1)
    passive = [i for i, w in enumerate(words[: max(verb, 0)]) if w.lower() in cues.passive]
    phrase = _passive_subject(tokens, passive, verb, cues) if passive else None
    if phrase is None or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, tokens[verb], cues)


def _passive_subject(
    tokens: list[re.Match[str]], passive: list[int], verb: int, cues: Cues
) -> Phrase | None:
    """The subject of "<X> wurde … zitiert" or "… wird <X> … zitiert", ending the sentence."""
    words = [t.group() for t in tokens]
    if verb != len(words) - 1 or len(passive) != 1:
        return None  # "…, wie er zitiert wurde, …" or words after the participle
    aux = passive[0]
    opening = read_phrase(tokens, 0, cues, first=True)
    if opening is not None and opening.end == aux:  # "Jan Roth wurde mit den Worten zitiert"
        return opening if _manner_only(tokens, aux + 1, verb, cues) else None
    phrase = read_phrase(tokens, aux + 1, cues)  # "In der Zeitung wird Jan Roth … zitiert"
    return phrase if phrase and _manner_only(tokens, phrase.end, verb, cues) else None


def _manner_only(tokens: list[re.Match[str]], start: int, end: int, cues: Cues) -> bool:
    """Whether only words of manner ("mit den Worten", "wie folgt") or adverbials fill a span."""
    index = start
    while index < end:
        word = tokens[index].group()
        if word.lower() in _MANNER or word == ",":
            index += 1
            continue
        past = adverbials(tokens[:end], index, cues)  # "in der Zeitung", "am Montag"
        if past <= index:
            return False
        index = past
    return True
