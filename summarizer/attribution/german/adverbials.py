"""The adverbials and datives that may stand between a German verb and its subject."""
# "sagte am Montag gegenüber der Zeitung X", "hatte X zuvor dem Sender erklärt", "sagte der
# Kanzlerin Angela Merkel ihr Sprecher" (german.toml [adverbials]).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, gender_of

_ADVERBIALS = _data.load_toml("german.toml")["adverbials"]
_PREPOSITIONS = frozenset(_ADVERBIALS["prepositions"])
_DATIVE = frozenset(_ADVERBIALS["datives"])
_ADVERBS = frozenset(_ADVERBIALS["adverbs"])
_GENITIVE = frozenset(_ADVERBIALS["genitives"])
_FEMININE_GENITIVE = frozenset(_ADVERBIALS["feminine_genitives"])
_TIME_LEADS = frozenset(_ADVERBIALS["time_leads"])
_TIMES = frozenset(_data.load_toml("german.toml")["nested"]["times"])


def adverbials(tokens: list[re.Match[str]], index: int, cues: Cues) -> int:
    """Past adverbs, a prepositional phrase or a dative between a verb and its subject."""
    while index < len(tokens):
        word = tokens[index].group().lower()
        if word in cues.skip or word in _ADVERBS or word.isdigit():  # "im Mai 2005"
            index += 1
        elif time_at([t.group() for t in tokens[index : index + 2]], 0):
            index += 2  # "Anfang März"
        elif (end := _dative_end(tokens, index, cues)) is not None:
            index = end + 1
        elif word in _PREPOSITIONS or word in _DATIVE:
            # "am Montag", "gegenüber der Zeitung", "in einem Interview", "dem Sender": one noun
            noun = _noun(tokens, index + 1)
            if noun is None:
                return index
            index = _genitive_end(tokens, noun + 1, cues)
        else:
            return index
    return index


# "nach der Sitzung des Rates der Sprecher": "der" may open the subject, unless a woman's title
# follows ("nach der Rede der Kanzlerin Angela Merkel": a genitive, with its apposed name).
def _genitive_end(tokens: list[re.Match[str]], index: int, cues: Cues) -> int:
    """Past each genitive and its noun (and a name apposed to a woman's title) from `index` on."""
    while index < len(tokens) and (noun := _noun(tokens, index + 1)) is not None:
        word = tokens[index].group()
        hers = word in _FEMININE_GENITIVE and title_gender(tokens[noun].group(), cues) == "feminine"
        if not hers and word not in _GENITIVE:
            return index
        while hers and noun + 1 < len(tokens) and tokens[noun + 1].group()[0].isupper():
            noun += 1
        index = noun + 1
    return index


def _noun(tokens: list[re.Match[str]], index: int) -> int | None:
    """The index of the noun after an article and adjectives starting at `index`, if any."""
    start = index
    while index < len(tokens) and not tokens[index].group()[0].isupper():
        index += 1  # an article, adjectives, a day: "am 5. Mai"
    if index < len(tokens):
        return index
    # "nach dem 2:1": a score (or a time) that ends the words is the phrase's head
    return index - 1 if index > start and tokens[index - 1].group().isdigit() else None


def dative(tokens: list[re.Match[str]], index: int, cues: Cues) -> bool:
    """ "der Zeitung" before another article: a dative object, the subject comes next."""
    return _dative_end(tokens, index, cues) is not None


# "sagte der Zeitung ein Sprecher" - not "sagte der Sprecher der Polizei"; after a woman's title
# her name is the dative's too ("sagte der Kanzlerin Angela Merkel ihr Sprecher").
def _dative_end(tokens: list[re.Match[str]], index: int, cues: Cues) -> int | None:
    """Where a dative object opened by "der" at `index` ends, when one does."""
    if tokens[index].group() != "der":
        return None
    noun = _noun(tokens, index + 1)
    gender = title_gender(tokens[noun].group(), cues) if noun is not None else None
    if noun is None or gender == "masculine":
        return None  # "begründete der Präsident seine Position": "der" before a man is no dative
    title = noun
    while gender == "feminine" and noun + 1 < len(tokens) and tokens[noun + 1].group()[0].isupper():
        noun += 1
    after = tokens[noun + 1].group().lower() if noun + 1 < len(tokens) else ""
    # "der Ministerin Eva Ems der Senator": a genitive follows her title, never her name
    genitive = after in ("der", "des") and not (after == "der" and noun > title)
    # "teilte der Verein dem Spieler X mit": a verb of saying tells one listener, so before a
    # dative article "der" and its noun are the subject
    told = after in _DATIVE
    return noun if after in cues.determiners and not genitive and not told else None


def time_at(words: list[str], index: int) -> bool:
    """Whether the words at `index` are a time with a lead noun: "Anfang März", "Ende Mai"."""
    lead = words[index].lower() in _TIME_LEADS
    return lead and index + 1 < len(words) and words[index + 1].lower() in _TIMES


def title_gender(word: str, cues: Cues) -> str | None:
    """The gender a title marks: "Frau", "Ministerin", "SPD-Chefin"; "Minister" a man's."""
    lower = word.lower().rsplit("-", 1)[-1]
    if lower.endswith("innen"):
        return "feminine"  # "Die Schwimmerinnen Lina Koch und Emma Hartwig": women (review29)
    marked = gender_of(lower, cues)
    suffixes = [t for t in (*cues.titles, *cues.agent_endings) if len(t) > 2 and lower.endswith(t)]
    if marked or not suffixes:
        return marked
    return "feminine" if max(suffixes, key=len).endswith("in") else "masculine"
