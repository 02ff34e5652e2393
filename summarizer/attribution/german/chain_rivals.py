"""Whether the sentence that German indirect speech goes on from names two people."""
# "Ole Brandt traf Ina Seiler. Die Lage sei ernst. Viele stünden „…“": either may be the one
# reported, so the Konjunktiv names nobody. A name inside an attribute of another noun ("den
# Entwurf von Finanzminister Dirk Albers", "des Ministers Jan Roth") is no rival: the subject
# that kritisierte it speaks.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.casing import surnames, written_lower
from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.lexicon.cues import Cues

_ATTRIBUTES = frozenset(("von", "vom", "des"))  # before a name that only qualifies a noun
QUANTIFIERS = frozenset(_data.load_toml("german.toml")["chain"]["quantifiers"])
"""Words of number that open a noun phrase ("Viele Betriebe", "jedes Jahr"), no name; lower case."""


def opener(word: str, cues: Cues) -> bool:
    """Whether a lower-cased word before a capitalised one makes it no name's end: a word of
    number ("Viele Betriebe") or a preposition ("Mit Sparpolitik habe das …")."""
    return word in QUANTIFIERS or word in cues.governing


def two_people(text: str, words: list[str], cues: Cues) -> bool:
    """Whether `words` (one sentence) hold two full names that are no noun's attribute."""
    return len(people(text, words, cues)) > 1


def people(text: str, words: list[str], cues: Cues) -> list[int]:
    """The indices of the surnames of the full names in `words` that are no noun's attribute."""
    named = surnames(text)
    found = []
    for index, word in enumerate(words):
        if index == 0 or word not in named or not words[index - 1][:1].isupper():
            continue  # a full name is two capitalised words or more
        if not _full(text, words[max(0, index - 2) : index], cues):
            continue  # "Die Dürre", "zum Thema Arbeitsmarkt": a phrase, no name
        start = index
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1  # back over the name and a title before it: "Finanzminister Dirk Albers"
        if start == 0 or words[start - 1].lower() not in _ATTRIBUTES:
            found.append(index)
    return found


def _full(text: str, before: list[str], cues: Cues) -> bool:
    """Whether the words before a surname make it a full name: a known forename, or a capital
    that no article, preposition or word the article writes in lower case opens."""
    if before[-1] in GIVEN:
        return True
    lower = [w.lower() for w in before]
    opened = any(w in cues.determiners or w in cues.governing or w in QUANTIFIERS for w in lower)
    return not opened and not written_lower(lower[-1], text)
