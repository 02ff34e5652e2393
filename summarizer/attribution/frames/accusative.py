"""A surname in the accusative or genitive after a Russian cue: the one asked, not the speaker."""
# "«…», — попросил Путина Лавров": after a verb that governs the accusative ("попросил") or any
# verb-first cue, a surname in a man's accusative or genitive before the subject's name is the
# one addressed; the subject is the name after it.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.genders import verb_gender
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.words import words_of

_RU = _data.load_toml("particles.toml")["ru"]
_OBJECT_SURNAMES = tuple(_RU["object_surnames"])
_ONLY_OBLIQUE = tuple(_RU["genitive_only"])
_NOMINATIVES = tuple(_RU["pair_surnames"])
_PAIRED = tuple(_RU["paired_objects"])


# Its ending is a man's accusative or genitive ("Путина", "Котова");
# a woman's nominative ends so too ("Котова"), so only after a man's verb ("попросил"), where the
# article names a man by the word's nominative ("Иван Котов"), or where only an oblique case so
# ends ("Навального"), is it no subject. Two surnames and nothing else ("— попросила Котова
# Орлова"): either may be the one asked, so no subject is told (-1). A surname then a first name
# is one name, surname first ("— рассказала Смирнова Ольга").
def asked_first(text: str, words: list[str], verb: str, cues: Cues) -> int:
    """1 where the first of a run's words after `verb` is the one asked, -1 if it may be, or 0."""
    if cues.family != "ru" or len(words) < 2 or not words[0].endswith(_OBJECT_SURNAMES):
        return 0
    first, after = words[0], words[1]
    if after.endswith(_ONLY_OBLIQUE):  # "Путина Навального": no subject among them
        return 0
    if first.endswith(_ONLY_OBLIQUE) or verb_gender(verb.lower(), cues.family) == "masculine":
        return 1
    pair = len(words) == 2 and after.endswith((*_NOMINATIVES, *cues.surname_endings))
    if len(words) == 2 and not pair:  # no surname after it: hers, then her first name
        return 0
    stem = first[:-1]  # the man's form the article writes: read in its word set, not the text
    if stem in words_of(text) if stem.isalnum() else re.search(rf"\b{re.escape(stem)}\b", text):
        return 1
    return -int(pair and first.endswith(_PAIRED) and len(first) > 4)  # not "Марина", "Ева"
