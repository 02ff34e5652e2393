"""Who a source quotes: the person a verb of quoting takes, not the paper that quotes."""
# "Die Zeitung zitiert den Trainer mit den Worten „…“", "Ein Sender zitierte X mit folgenden
# Worten:", "Zur Lage wird X auf der Website wie folgt zitiert:", "X wurde mit den Worten
# zitiert:": the subject of the passive is the speaker; the object of the active verb only where
# the words quoted are named ("mit den Worten", "wie folgt"). Never surely.

from __future__ import annotations

import dataclasses
import re

from summarizer import _data
from summarizer.attribution.german.german_bracket import adverbials
from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["quoted"]
_WITH = frozenset(_DATA["with_nouns"])
_MANNER = tuple(tuple(words.split()) for words in _DATA["manner"])
_REACH = 200  # the clause before the quotation that holds the verb of quoting
_MIDDLE = 12  # words between the passive's subject and its participle ("auf der Website von X")
_OPENING = re.compile(r"[.!?;:]\s|\n")


def quoted_person(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The person a verb of quoting names as the speaker of the quotation after the window."""
    rest = text[cue.end() : window[1]].strip()
    if rest in ("", ":"):  # the participle closes the clause: "wird X zitiert:"
        return _passive_subject(text, window, cue, cues)
    tokens = list(TOKEN.finditer(text, cue.end(), window[1]))
    index = adverbials(tokens, 0, cues)  # "zitiert dazu", "zitierte am Montag"
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or tokens[phrase.start].group().lower() == "dem":
        return None  # a pronoun, a dative: "zitiert ihn", "zitiert dem Bericht zufolge"
    if not _names_words([t.group().lower() for t in tokens[phrase.end :]]):
        return None  # "Die Zeitung zitiert den Minister:": who can tell whose the words are
    return _unsure(mention_of(text, tokens, phrase, cue, cues))


def _names_words(words: list[str]) -> bool:
    """Whether words name the quotation: "mit den Worten", "mit folgenden Worten", "wie folgt"."""
    if words and words[-1] == ":":
        words = words[:-1]
    if tuple(words) in _MANNER:
        return True
    if len(words) < 2 or len(words) > 4 or words[0] != "mit" or words[-1] not in _WITH:
        return False
    return all(w.isalpha() for w in words[1:-1])  # "den", "folgenden", "diesen"


def _passive_subject(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of "wird X zitiert" or "X wurde zitiert": always the person quoted."""
    start = max(window[0], cue.start() - _REACH)
    for stop in _OPENING.finditer(text, start, cue.start()):
        start = stop.end()
    tokens = list(TOKEN.finditer(text, start, cue.start()))
    words = [t.group().lower() for t in tokens]
    if "," in words:
        return None  # "…, wird X zitiert": another clause, which the comma may have opened
    aux = next((i for i, w in enumerate(words) if w in cues.passive), None)
    if aux is None:
        return None
    phrase = _subject_around(tokens, aux, cues)
    if phrase is None or len(tokens) - phrase.end > _MIDDLE:
        return None
    if tokens[phrase.start].group().lower() in cues.pronouns:
        word = tokens[phrase.start]  # "Er wurde mit den Worten zitiert:"
        return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start(), sure=False)
    return _unsure(mention_of(text, tokens, phrase, cue, cues))


def _subject_around(tokens: list[re.Match[str]], aux: int, cues: Cues) -> Phrase | None:
    """The subject before the auxiliary ("X wurde"), or after it past adverbials ("wird X")."""
    if aux == 0:
        return None
    first = tokens[0].group().lower()
    if aux == 1 and first in cues.pronouns:
        return Phrase(0, 1, None, False, 0)
    phrase = read_phrase(tokens, 0, cues, first=True)
    if phrase is not None and phrase.end == aux:
        return None if first in ("dem", "den") else phrase
    index = adverbials(tokens, aux + 1, cues)
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or tokens[phrase.start].group().lower() in ("dem", "den"):
        return None
    return phrase


def _unsure(found: Mention | None) -> Mention | None:
    """A mention that a verb of quoting gives: never a sure cue."""
    return dataclasses.replace(found, sure=False) if found else None
