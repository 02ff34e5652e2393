"""Whether a German "er"/"sie" may stand for a person the sentence before names as an object."""
# "Die Kommissarin Lea Brix vernahm die Zeugin. Sie habe den Mann „…“ gesehen": "sie" may be
# the witness as well as the one who questioned her, and the words are more likely the
# witness's: nobody. A person noun of the pronoun's gender ("die Zeugin", "den Kapitän") that
# no name follows, as an accusative or dative object, is that rival; a genitive ("der Anwalt des
# Angeklagten") or a thing ("die Reform") is none.

from __future__ import annotations

import re

from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.lexicon.cues import Cues, gender_of
from summarizer.attribution.lexicon.stops import last_stop

_REACH = 400  # the sentence before and the pronoun's own: bounded
_OBJECT = re.compile(r"\b(die|den|dem) (?:[a-zäöüß]+ ){0,2}([A-ZÄÖÜ][a-zäöüß]+)\b(?! [A-ZÄÖÜ])")
# a name apposed to the noun, past its genitive: the named person, the subject, not a rival
_APPOSED = re.compile(r"(?: (?:des|der) [^,.;:!?„“]{1,60})?, [A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ]")
_ARTICLES = {"die": "feminine", "den": "masculine", "dem": "masculine"}


def object_rival(text: str, pronoun: str, at: int, cues: Cues) -> bool:
    """Whether a person noun of the gender of `pronoun` (at `at`) stands as an object in the
    sentence before it or before it in its own."""
    wanted = gender_of(pronoun.lower(), cues)
    if wanted not in ("masculine", "feminine"):
        return False
    reach = max(0, at - _REACH, text.rfind("\n", max(0, at - _REACH), at) + 1)
    own = last_stop(text, cues.sentence_end, reach, at)
    start = last_stop(text, cues.sentence_end, reach, own - 1) if own else None
    begin = start or reach
    for found in _OBJECT.finditer(text, begin, at):
        article, noun = found.groups()
        if _ARTICLES[article] != wanted or not _person(noun, wanted, cues):
            continue
        before = text[begin : found.start()]
        if before.count("„") > before.count("“") or _governed(before, cues):
            continue  # "„mehr Zeit mit dem Team“", "nach dem Trainer": no object of the verb
        if _APPOSED.match(text, found.end()):
            continue  # "kritisierte die Sprecherin des Vorsitzenden, Greta Sommer, den Plan"
        return True
    return False


def _governed(before: str, cues: Cues) -> bool:
    """Whether the word right before an article is a preposition."""
    words = before.split()
    return bool(words) and words[-1].lower() in cues.governing


def _person(noun: str, wanted: str, cues: Cues) -> bool:
    """Whether a noun names a person of gender `wanted`: a role, or a woman's noun in -in."""
    marked = title_gender(noun, cues)
    if marked is not None:
        return marked == wanted
    if wanted == "feminine" and noun.endswith("in"):
        return True  # "die Zeugin", "die Nachbarin"
    return person_noun(noun.lower(), cues) and wanted == "masculine"
