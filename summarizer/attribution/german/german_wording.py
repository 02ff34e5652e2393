"""A German cue whose subject is a statement noun: "Die Antwort des Ministers lautete: „…“"."""

from __future__ import annotations

from dataclasses import replace

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.lexicon.cues import Cues, Mention

_GENITIVES = frozenset(_data.load_toml("german.toml")["partial"]["owners"])  # "des", "von"
_OPENERS = 2  # "Seine scharfe Antwort": a determiner and an adjective at most before the noun


# An answer, a question, a motto or a demand does not speak: its genitive names who gave it ("Die
# Frage des Abgeordneten lautete:", "Die Forderung von X lautet:"), else nobody is named ("Seine
# Antwort lautete:", "Die Worte lauten:").
def utterance_subject(mention: Mention, cues: Cues) -> Mention | None:
    """The person a statement-noun subject belongs to, None without one, else `mention`."""
    words = mention.words.split(" ")
    nouns = [i for i, w in enumerate(words[: _OPENERS + 1]) if _statement(w, cues)]
    if not nouns:
        return mention
    rest = words[nouns[0] + 1 :]
    if len(rest) < 2 or rest[0] not in _GENITIVES or not rest[1][:1].isupper():
        return None
    owner = " ".join(rest[1:])
    return replace(mention, words=owner, at=mention.at + mention.words.rindex(owner))


def _statement(word: str, cues: Cues) -> bool:
    """Whether a capitalised word is a noun for words said or set down."""
    lower = word.lower()
    said = lower in cues.utterances or lower in cues.sayings or statement_noun(word)
    return word[:1].isupper() and said
