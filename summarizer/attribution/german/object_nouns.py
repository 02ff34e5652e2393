"""German: a plural common noun after a person's name is the cue's object, no part of the name."""
# "„…“, sagte Jan Roth Reportern", "versprach Anna Seidl Anwohnern", "forderte Seidl Neuwahlen":
# a name is first names and one surname; a capitalised word after it in a plural noun's ending
# (german.toml `object_nouns`) is the one told or the thing said, so the name ends before it.
# "Vereinigung Deutscher Journalisten": after a capitalised adjective the run is a body's name.
# After a lone surname the plural noun must close the clause ("sagte Roth Journalisten."): two
# capitalised words and more after them may be nouns of one phrase.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.roles import role_word
from summarizer.attribution.lexicon.cues import Cues

_NOUNS = _data.load_toml("german.toml")["object_nouns"]
_ENDINGS = tuple(_NOUNS["endings"])
_LONG_ENDING: str = _NOUNS["long_ending"]
_LONG_LETTERS: int = _NOUNS["long_letters"]
_ADJECTIVE = ("scher", "sche", "schen", "e", "es")  # "Deutscher", "Neue": a body's name goes on


def plural_noun(word: str) -> bool:
    """Whether a capitalised word has a plural common noun's ending that no surname has."""
    lower = word.lower()
    long_one = len(lower) >= _LONG_LETTERS and lower.endswith(_LONG_ENDING)
    return word[:1].isupper() and (lower.endswith(_ENDINGS) or long_one)


def object_after_name(words: list[str], start: int, index: int, cues: Cues | None = None) -> bool:
    """Whether `words[index]` is a plural noun after the person's name `words[start:index]`."""
    if index == start or not plural_noun(words[index]):
        return False
    before = words[start:index]
    if any(w in FORENAMES for w in before[:-1]):
        return True  # "Jan Roth", "Bürgermeister Jan Roth": a first name and a surname
    lone = before[-1]
    if len(before) != 1 or lone in FORENAMES or (cues is not None and role_word(lone, cues)):
        return False
    if index + 1 < len(words) and words[index + 1][:1].isalnum():
        return False  # "Integration Anstrengungen abverlangt": after one word, two nouns may go on
    return not lone.endswith(_ADJECTIVE)  # "Seidl", "Brenner": a surname alone


def without_object(run: str) -> str:
    """A run of capitalised words without a plural noun after the name at its end."""
    words = run.split(" ")
    return run.rsplit(" ", 1)[0] if object_after_name(words, 0, len(words) - 1) else run
