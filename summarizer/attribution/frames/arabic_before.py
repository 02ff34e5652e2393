"""Arabic: words right before a verb of saying that grammar keeps from being its subject."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.words import words_of

_PARTICLES = _data.load_toml("particles.toml")["ar"]
_PREPOSITIONS = frozenset(_PARTICLES["prepositions"])
_INSCRIBED_ON = frozenset(_PARTICLES["inscribed_on"])
LISTENER_NOUNS = frozenset(_PARTICLES["listener_nouns"])  # "مساعديه": nouns of ones told
_AND = "و"
_TO_THE = "لل"
_COMMAS = frozenset("،,")


# "X تحفظه، وقال" ("X voiced his reservation, and said"): و joined to the verb opens a clause of
# its own, whose subject stands after the verb or is the one of the clause before; the words
# right before و end that clause (its object here), never the subject of the verb after it.
def joined_cue(cue: re.Match[str], cues: Cues) -> bool:
    """Whether the cue is a verb of saying with the conjunction و joined to it ("وقال")."""
    word = cue.group()
    return word.startswith(_AND) and cues.verbs.fullmatch(word[1:]) is not None


# "من جهته، أعلن X" ("for his part, X announced"): a phrase a preposition opens, set off by a
# comma before the verb, is an adverbial; its noun is the preposition's object (genitive), not
# the subject. Without a comma the preposition may name the source: "نقلت الوكالة عن X قوله".
def set_off_object(text: str, nearest: re.Match[str], word: str, cue: re.Match[str]) -> bool:
    """Whether `word`, read right before the words up to `nearest`, makes them an adverbial."""
    return word in _PREPOSITIONS and bool(_COMMAS & set(text[nearest.end() : cue.start()]))


# "وقال للصحفيين الوزير X" ("told the reporters"), "وقال لبي بي سي إن" ("told the BBC that"): the
# one told, لـ ("to") and a noun, may come right after the verb, before its subject (after
# "وفقا", "according to", لـ names the source). After a definite noun (للـ) the subject goes on;
# after a name (its words unknown) only a title shows where the subject starts, and with none
# before the clause ends the verb has no subject there.
def subject_words(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, reverse: bool
) -> list[re.Match[str]]:
    """The words next to an Arabic cue that may hold its subject, past the one told."""
    first = tokens[0].group() if tokens else ""
    if inscribed(text, cue, cues):  # "لافتات كتب عليها «…»": no subject before, one after it
        return [] if reverse else tokens[1:] if first in _INSCRIBED_ON else tokens
    if reverse:
        return [] if joined_cue(cue, cues) else tokens
    if (
        not first
        or first in cues.titles
        or cue.group() in cues.hearsay
        or not listener(text, first, cues)
    ):
        return tokens
    if first.startswith(_TO_THE):
        return tokens[1:]
    ends = (
        i
        for i, t in enumerate(tokens)
        if i and (t.group() in cues.titles or t.group() in cues.stop)
    )
    end = next(ends, len(tokens))
    return tokens[end:] if end < len(tokens) and tokens[end].group() in cues.titles else []


# "للصحفيين", "لوكالة": the one told, after the speaker's name.
def listener(text: str, word: str, cues: Cues) -> bool:
    """Whether a word is the listener: لـ ("to") before a definite noun, a body, a title."""
    if word.startswith("لل"):
        return True
    told = word[1:] if word.startswith("ل") else ""
    if not told:
        return False
    # "لبايدن" where the text writes "بايدن" alone too: a name after لـ, the one told; "لأحد
    # مساعديه" ("to one of his aides"): an indefinite noun after لـ, someone told
    if told in cues.indefinite or told in LISTENER_NOUNS or told in cues.titles:
        return True
    return cues.names_next(told) or told in words_of(text)


# "لافتات كتب عليها «…»", "قمصانا كتب عليها": a verb of writing with "على" and a pronoun right
# after it reads "on which was written" (a passive no letter marks), an inscription on the thing
# named before; those words are no subject, and only a name after the pronoun writes it.
def inscribed(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a verb of writing has "على" with a pronoun right after it."""
    after = text[cue.end() : cue.end() + 8].split(maxsplit=1)
    return cue.group() in cues.writing and bool(after) and after[0] in _INSCRIBED_ON
