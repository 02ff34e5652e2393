"""German "Das sieht auch Roth so: „…“": a view verb's subject before a colon holds the view."""
# "sehen" with "das" or "es" and a manner ("so", "ähnlich", "anders") states how a person sees a
# matter; before a colon the quotation gives that view in the person's words. The subject follows
# the verb when the object or the manner is put first (verb second), or opens the sentence ("Roth
# sieht das anders:"). Only such a sentence: nothing but the verb, object, manner, fillers
# ("auch") and the person. Never sure: no verb of saying.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_TABLE = _data.load_toml("german.toml")["seen_so"]
_VERBS = frozenset(_TABLE["verbs"])
_OBJECTS = frozenset(_TABLE["objects"])
_MANNERS = frozenset(_TABLE["manners"])
_FILLERS = frozenset(_TABLE["fillers"])
_REACH = 90


def seen_so(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person whose view a "Das sieht auch X so:" sentence before the colon gives, or None."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":"):
        return None
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    if end - start > _REACH:
        return None
    tokens = read_tokens(text, start, end)
    verbs = [i for i, t in enumerate(tokens) if t.group() in _VERBS]
    if len(verbs) != 1:
        return None
    phrase = _person(text, tokens, verbs[0], cues)
    if phrase is None:
        return None
    rest = [t.group().lower() for i, t in enumerate(tokens) if _outside(i, verbs[0], phrase)]
    if _MANNERS.isdisjoint(rest) or _OBJECTS.isdisjoint(rest):
        return None
    if any(w not in _MANNERS | _OBJECTS | _FILLERS for w in rest):
        return None
    return mention_of(text, tokens, phrase, tokens[verbs[0]], cues)


def _person(text: str, tokens: list[re.Match[str]], verb: int, cues: Cues) -> Phrase | None:
    """The span of the person that is the verb's subject: first, or after the verb."""
    if verb == 0:
        return None
    at = 0 if verb == 1 and tokens[0].group().lower() not in _MANNERS | _OBJECTS else verb + 1
    while at < len(tokens) and at > verb and tokens[at].group().lower() in _OBJECTS | _FILLERS:
        at += 1
    phrase = read_phrase(tokens, at, cues, first=at == 0) if at < len(tokens) else None
    if phrase is None or not person(text, tokens, phrase, cues):
        return None
    return phrase


def _outside(index: int, verb: int, phrase: Phrase) -> bool:
    """Whether a token is neither the verb nor in the person's phrase."""
    return index != verb and not phrase.start <= index < phrase.end
