"""A Russian name after "с" (with) in the instrumental, registered in the nominative."""

# "Лавров провёл переговоры со своим турецким коллегой Мевлютом Чавушоглу. … — сказал Чавушоглу":
# the article names him first in the instrumental, so the surname alone must find "Мевлют
# Чавушоглу", not "Мевлютом Чавушоглу". The first name's ending tells the case; a word with no
# instrumental ending (a surname that does not decline, "Чавушоглу", "Лукашенко") stays.

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.fleeting import fleeting
from summarizer.attribution.lexicon.cues import Cues

_BETWEEN = 3  # lower-case words between the preposition and the name ("своим турецким коллегой")
_LOOK = 60  # characters before the name where the preposition stands


def comitative_name(text: str, pos: int, name: str, cues: Cues) -> str:
    """`name` (standing at `pos`) in the nominative when a comitative preposition governs it."""
    if not cues.comitative or " " not in name:
        return name
    lead = TOKEN.findall(text, max(0, pos - _LOOK), pos)[-(_BETWEEN + 1) :]
    lowers = [word.lower() for word in lead]
    at = max((i for i, w in enumerate(lowers) if w in cues.comitative), default=-1)
    if at < 0 or not all(word.islower() for word in lead[at + 1 :]):
        return name
    words = name.split()
    first = _turned(words[0], cues)
    if first == words[0]:
        return name  # no instrumental first name ("с Лукашенко"): as written
    return " ".join([first, *(_turned(word, cues) for word in words[1:])])


# "с Павлом Зуевым" is one man, not a place and a name ("в Москве Песков").
def in_instrumental(text: str, pos: int, run: str, cues: Cues) -> bool:
    """Whether the capitalised `run` at `pos` is a name a comitative preposition governs."""
    return comitative_name(text, pos, run, cues) != run


def _turned(word: str, cues: Cues) -> str:
    """One word from the instrumental to the nominative, the dropped vowel restored; or as is."""
    pair = next((p for p in cues.instrumental_endings if word.endswith(p[0])), None)
    if pair is None or len(word) <= len(pair[0]) + 1:
        return word
    return fleeting(word[: -len(pair[0])] + pair[1], cues)
