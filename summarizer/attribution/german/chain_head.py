"""The subject of the German sentence a Konjunktiv chain goes on from, read by its grammar."""
# "Die Agrarministerin Petra Holzner wandte sich an die Landwirte. Die Dürre treffe …": whatever
# the naming sentence's finite verb, its subject is the one the chain reports. The subject opens
# the sentence ("Auch die Opposition übte Kritik"), or follows the finite verb after a first
# place that is no subject: an object or adverbial ("Die Kritik wies Ministerin Ursula Kern
# zurück", "Am Montag besuchte X"), or a clause that a conjunction opens and a comma closes
# ("Weil die Kosten explodiert sind, stoppt X den Bau").

from __future__ import annotations

import re

from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.german import finite, opening_subject
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 240  # the naming sentence: bounded
_CLAUSE = 20  # words of a clause put first: bounded
_POSSESSIVES = ("ihr", "sein", "mein", "dein", "unser", "eur")


def chain_subject(text: str, head: tuple[int, int], cues: Cues) -> tuple[Mention, ...]:
    """The person or body that is the subject of the main clause of the sentence `head`."""
    found = opening_subject(text, head, cues)
    if found is not None and person(text, found[0], found[1], cues):
        return _mention(text, found[0], found[1], found[2], cues)
    tokens = read_tokens(text, head[0], min(head[1], head[0] + _REACH))
    verb = _verb_second(tokens, cues)
    if verb is None or not finite(tokens[verb].group(), cues):
        return ()
    index = verb + 1
    while index < len(tokens) and _skipped(tokens[index].group(), cues):
        index += 1  # "meldete sich am Abend der Verteidiger", "gewann überraschend die …"
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return ()
    return _mention(text, tokens, phrase, verb, cues)


def _skipped(word: str, cues: Cues) -> bool:
    """Whether a word between the verb and its subject is a reflexive or an adverb."""
    lower = word.lower()
    return word.islower() and lower not in cues.determiners and lower not in cues.governing


def _mention(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, verb: int, cues: Cues
) -> tuple[Mention, ...]:
    """The mention of `phrase`, the subject of the verb at `verb`, as a tuple of none or one."""
    found = mention_of(text, tokens, phrase, tokens[verb], cues)
    return (found,) if found is not None else ()


def _verb_second(tokens: list[re.Match[str]], cues: Cues) -> int | None:
    """The index of the word after a first place that is no subject: a clause a conjunction
    opens and a comma closes, prepositional phrases and adverbs, or a noun phrase."""
    words = [t.group() for t in tokens]
    if not words or not words[0][:1].isupper():
        return None
    first = words[0].lower()
    if first in cues.stop and first not in cues.governing and first not in cues.determiners:
        comma = next((i for i, w in enumerate(words[:_CLAUSE]) if w == ","), None)
        return None if comma is None or comma + 1 >= len(words) else comma + 1
    if first in cues.governing and first not in cues.determiners:
        after = adverbials(tokens, 0, cues)  # "Am Montag", "Zum Abschluss ihrer Reise"
        verbs = (i for i in range(after, min(len(words), _CLAUSE)) if _verb(words[i], cues))
        return next(verbs, None)
    phrase = read_phrase(tokens, 0, cues)
    end = phrase.end if phrase is not None else len(words)
    if end < len(words) and words[end].lower() in cues.governing:  # "Die Kritik an der Reform"
        attribute = read_phrase(tokens, end + 1, cues) if end + 1 < len(words) else None
        end = attribute.end if attribute is not None else len(words)
    return end if end < len(words) else None


def _verb(word: str, cues: Cues) -> bool:
    """Whether a word may be the finite verb: lower case, no article or possessive."""
    lower = word.lower()
    if not word.islower() or lower in cues.determiners or lower.startswith(_POSSESSIVES):
        return False  # "Zum Abschluss ihrer Reise besuchte"
    return finite(word, cues)
