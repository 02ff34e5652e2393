"""Whether a German noun phrase names a person or a body, or only looks like a name."""
# "Jan Roth", "der Sprecher", "die Polizei" speak; "Harte Kritik", "Ähnlich" only open a sentence.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.casing import statement_noun, surnames
from summarizer.attribution.german.groups import group_noun
from summarizer.attribution.german.particled import ranked
from summarizer.attribution.german.phrases import Phrase
from summarizer.attribution.lexicon.compounds import long_nouns
from summarizer.attribution.lexicon.cues import Cues

_AGE = "jährig"  # the noun of age after a number and a hyphen


def person(text: str, tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase names a person or a body: a known name, or a role, body or agent noun."""
    if phrase.name is None:
        head = tokens[phrase.head].group().lower()
        return person_noun(head, cues) or head.endswith(cues.agent_endings) or aged(head)
    if statement_noun(tokens[phrase.name[1] - 1].group()):
        return False  # "Harte Kritik übte X": the object put first, no name
    named = [t.group() for t in tokens[phrase.name[0] : phrase.name[1]]]
    if time_span(named) or counted_thing(named, cues):
        return False  # "Zwei Tage danach schrieb X:", "Zwei Fragen bleiben:": no person
    return _known(text, tokens, phrase)


# "Zwei Tage", "Wenige Stunden", "Drei Jahre": a count of a unit of time (desrc30)
_COUNTED = _data.load_toml("german.toml")["counted"]
_TIME_NOUNS = frozenset(_COUNTED["time_nouns"])
_COUNTS = frozenset(_COUNTED["counts"])


def time_span(words: list[str]) -> bool:
    """Whether capitalised words are a count and a unit of time ("Zwei Tage", "Wenige Stunden")."""
    lower = [w.lower() for w in words]
    return (
        len(lower) >= 2 and lower[-1] in _TIME_NOUNS and (lower[0] in _COUNTS or lower[0].isdigit())
    )


def plural_count(words: list[str]) -> bool:
    """Whether capitalised words open with a count of two or more ("Vier Punkte", "12 Fragen")."""
    first = words[0].lower() if len(words) >= 2 else ""
    return (first.isdigit() and first != "1") or (first in _COUNTS and first != "ein")


def counted_thing(words: list[str], cues: Cues) -> bool:
    """Whether a count and a noun are things, not people ("Zwei Fragen", not "Zwei Polizisten")."""
    if len(words) != 2 or words[0].lower() not in _COUNTS:
        return False
    head = words[1].lower()
    return not (
        person_noun(head, cues) or group_noun(words[1]) or head.endswith(cues.agent_endings)
    )


# "der 39-Jährige", "die 56-jährige Anwältin": a noun of age stands for a person.
def aged(word: str) -> bool:
    """Whether a lower-cased word is a noun of a person's age ("39-jährige", "80-jährigen")."""
    number, _, noun = word.partition("-")
    return number.isdigit() and noun.startswith(_AGE)


def person_noun(word: str, cues: Cues) -> bool:
    """A noun for a role or a body, also as the end of a compound ("Polizeisprecher")."""
    return word.endswith(long_nouns(cues))


# "Roth" after "Jan Roth" is one; "Ähnlich", "Dazu", "Zwar" are adverbs.
def _known(text: str, tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether a lone capitalised word opening a sentence is a name the article gives in full."""
    if phrase.name is None or phrase.name[1] - phrase.name[0] > 1:
        return True
    name = tokens[phrase.name[0]].group()
    if phrase.name[0] > phrase.start and ranked(tokens[phrase.name[0] - 1].group(), name):
        return True  # "ergriff Herr Wendt das Wort:": a form of address or a rank names a person
    return name in surnames(text) or group_noun(name)  # "Experten warnen": a group, no name


# "„…“ So Roth am Montag.", "Jan Roth im Interview:", "Wie Jan Roth am Montag sagte,": a person
# or body, and after `after` nothing but adverbials to the end of the words read.
def person_then_adverbials(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, after: int, cues: Cues
) -> bool:
    """Whether a phrase names a person or body and only adverbials follow from `after` on."""
    return adverbials(tokens, after, cues) == len(tokens) and person(text, tokens, phrase, cues)
