"""Arabic: the titled person a sentence opened by a verb other than a cue names as its subject."""
# "وصل وزير الخارجية خالد العمري إلى العاصمة. وقال: «…»": the sentence before a subjectless cue
# opens with a verb that reports nothing ("arrived"), its subject a title, the title's
# complements and a name of two words; the cue goes on with that person. Read strictly: the
# opening word is no function word, no title and no cue; a title of the cue
# lexicon follows at once, then at most two definite words of its complement ("الخارجية", "البنك
# المركزي"), then a given name (no ال) and one more word. A thing, a place or an event as the
# subject ("وصلت الطائرة", "وقع الانفجار قرب منزل الوزير X") names nobody. The verb marks its
# subject's gender, so a cue of the other gender ("شاركت الوزيرة … وقال:") goes on with nobody.

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.attribution.frames.arabic_construct import construct
from summarizer.attribution.frames.arabic_object import common_noun
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_DEFINITE = "ال"
_COMPLEMENTS = 2
_REACH = 120
_OPENING = re.compile(r"(?:^|[.!?\n])[ \t\"«»“”]*")


def last_opener(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The titled subject of the last sentence in `window` a non-cue verb opens, else None."""
    found = None
    for opening in _OPENING.finditer(text, *window):
        subject = _titled_subject(text, opening.end(), window[1], cues)
        found = subject or found
    return found


def _titled_subject(text: str, start: int, end: int, cues: Cues) -> Mention | None:
    """The name of the titled subject after a verb at `start`, else None."""
    tokens = list(TOKEN.finditer(text, start, min(end, start + _REACH)))
    if len(tokens) < 4 or tokens[0].start() != start or not _verb_like(tokens[0].group(), cues):
        return None
    if tokens[1].group() not in cues.titles:
        return None
    at = 2
    while at <= _COMPLEMENTS + 1 and at < len(tokens) and _complement(tokens[at].group(), cues):
        at += 1
    at += construct(tokens, at, cues) if at == 2 else 0  # "رئيس وزراء الأردن": its chain
    while at < len(tokens) and _complement(tokens[at].group(), cues) and at <= _COMPLEMENTS + 2:
        at += 1
    name = tokens[at : at + 2]
    if len(name) < 2 or name[0].group().startswith(_DEFINITE) or not _plain(name, cues):
        return None
    if common_noun([word.group() for word in name]):
        return None  # "استقبل الرئيس وفدا برلمانيا": the verb's object after an unnamed subject
    if any(text[a.end() : b.start()] != " " for a, b in pairwise(tokens[: at + 2])):
        return None  # a mark or a break inside: no subject phrase
    words = text[name[0].start() : name[1].end()]
    return Mention(words, "org", tokens[0].group(), name[0].start(), tokens[0].start())


def _verb_like(word: str, cues: Cues) -> bool:
    """Whether `word` may be a past verb that opens a sentence: no title, function word or cue
    ("التقى" opens with the letters of the article: a noun there is told by the title after)."""
    return not (_closed(word, cues) or word in cues.titles) and not (cues.verbs.fullmatch(word))


def _complement(word: str, cues: Cues) -> bool:
    """Whether `word` is a definite word of a title's complement ("الخارجية")."""
    return word.startswith(_DEFINITE) and word not in cues.titles and word not in cues.stop


def _plain(name: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the two words of a name are no title, function word or adverb."""
    return not any(_closed(word.group(), cues) or word.group() in cues.titles for word in name)


def _closed(word: str, cues: Cues) -> bool:
    """Whether `word` is a function word or an adverb of the cue lexicon."""
    return word in cues.stop or word in cues.governing or word in cues.skip
