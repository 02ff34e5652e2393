"""German labels before a colon that are a topic or a pair of people, no speaker (review27c).

"Der Fall Brenk: „…“", "Mordfall Jan Roth: „…“", "Causa Roth: „…“": a noun of a case or matter
before the name (data/label_topics.toml, compounds too) makes the label a topic, whoever's words
follow; "Jan Roth gegen Eva Klar: „…“" pairs two people: neither is the subject of a verb, and
"Streit um Jan Roth: „…“" opens with a preposition no frame's verb."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_HEADS = tuple(_data.load_toml("label_topics.toml")["de"]["heads"])
_PAIRS = frozenset(_data.load_toml("label_topics.toml")["de"]["pairs"])
_PREPOSITIONS = frozenset(_data.load_toml("label_topics.toml")["de"]["prepositions"])
_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des"))


def topic_label(words: list[str], cues: Cues) -> bool:
    """Whether the words before a colon open with a noun of a case or matter and a name."""
    rest = words[1:] if words and words[0].lower() in _ARTICLES else words
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return False
    noun = rest[0]
    if person_title(noun, cues) or person_noun(noun.lower(), cues):
        return False  # "Trainer Brenk:", "Polizeisprecher Jan Roth:"
    return noun.lower().endswith(_HEADS)


def paired(text: str, window: Window, found: Mention) -> bool:
    """Whether a verbless label before a colon pairs the subject found with another person
    ("Jan Roth gegen Eva Klar: „…“"): the word read as its verb joins two people."""
    verb = (found.cue or "").split()[:1]
    colon = text[window[0] : window[1]].rstrip().endswith(":")
    return colon and bool(verb) and verb[0] in _PAIRS


def preposition_verb(found: Mention | None) -> bool:
    """Whether the word read as a colon frame's verb is a preposition ("Streit um Jan Roth:"):
    the name after it is the label's topic."""
    verb = (found.cue or "").split()[:1] if found else []
    return bool(verb) and verb[0] in _PREPOSITIONS
