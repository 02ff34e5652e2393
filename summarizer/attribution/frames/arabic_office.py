"""Arabic: the name after a title and the place it is held in ("مديرة التسويق في النادي X")."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.arabic_before import listener
from summarizer.attribution.frames.arabic_role import arabic_role
from summarizer.attribution.lexicon.cues import Cues, Mention

# "في" ("at", "in") opens where a title is held ("وقالت مديرة التسويق في النادي ليلى حمدان"): the
# name's own place, never another subject of the verb
HELD_IN = "في"
_DEFINITE = ("ال", "لل")
_PLACE = 4  # words of the place where the office is held, at most
_NAME = 2
_AR = _data.load_toml("particles.toml")["ar"]
_NOT_A_NAME = frozenset(_AR["adverbial_heads"]) | frozenset(_AR["prepositions"])
_GLUED = "بلك"  # prepositions written as one word with the next ("بكل", "لكل", "كذلك")


# "وقالت مديرة التسويق في النادي ليلى حمدان لـ«النهار» إن", "وأوضحت رئيسة قسم البحوث في بنك
# الاستثمار الوطني دينا فاروق أن": a title, في ("at", "in") and the body where it is held, then
# the holder's name before a function word or the one told. No capital shows where the body
# ends: a body's name ends with a definite word (the article, or لل), and the two words after
# it, the first without the article and neither a title nor the one told, are the name; one
# word after في ("في تصريح صحفي") is no body, and words cut off by the reach or by a comma are
# none. Low: the name's length is a guess.
def held_in(
    text: str,
    kept: list[re.Match[str]],
    tokens: list[re.Match[str]],
    cue: re.Match[str],
    cues: Cues,
) -> Mention | None:
    """The name after a verb-first cue's title, في and the place the title is held in."""
    rest = tokens[len(kept) :]
    if not kept or len(rest) < 2 or rest[0].group() != HELD_IN or arabic_role(kept, cues)[0]:
        return None
    words: list[re.Match[str]] = []
    for token in rest[1:]:
        told = len(words) > _NAME and listener(text, token.group(), cues)  # "للصحفيين"
        if told or token.group() in cues.stop or cues.verbs.fullmatch(token.group()):
            break
        if text[(words or rest)[-1].end() : token.start()].strip():
            return None  # "في النادي، ليلى حمدان": an apposition, read elsewhere
        words.append(token)
    else:
        return None  # the reach ends inside the words: the name may go on
    place, name = words[:-_NAME], words[-_NAME:]
    if not 0 < len(place) <= _PLACE or not place[-1].group().startswith(_DEFINITE):
        return None
    first = name[0].group()
    if first.startswith(_DEFINITE) or any(w.group() in cues.titles for w in name):
        return None
    if first in cues.indefinite or listener(text, first, cues) or _adverbial(first):
        return None
    words_of = text[name[0].start() : name[-1].end()]
    return Mention(words_of, "org", cue.group(), name[0].start(), cue.start(), sure=False)


# "مرة أخرى", "منذ سنوات", "بكل وضوح": when or how the holder spoke, after the place.
def _adverbial(word: str) -> bool:
    """Whether a word opens an adverbial or a prepositional phrase, alone or with ب, ل, ك on it."""
    glued = word[:1] in _GLUED and word[1:] in _NOT_A_NAME
    return word in _NOT_A_NAME or glued
