"""Whether a German cue of "lauten" has a title or a slogan as its subject, which no one speaks."""
# "„Neue Wege“, so lautete der Titel": the words are what the title reads, writing with no
# speaker; "Der Beschluss lautete: „…“" keeps its document as the source.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Mention

_ENTITLED = _data.load_toml("german.toml")["entitled"]
_VERBS = frozenset(_ENTITLED["verbs"])
_HEADS = tuple(_ENTITLED["heads"])
_WORD = re.compile(r"\w+")


def entitled(verbs: str, mention: Mention | None) -> bool:
    """Whether `mention` is the subject of "lauten" (in `verbs`) and a title, name or slogan."""
    if mention is None or (mention.kind == "name" and " " in mention.words):
        return False  # "Titel," alone before a comma reads as a name: one word may be the noun
    if not any(w in _VERBS for w in _WORD.findall(verbs.lower())):
        return False
    # the noun after any adjective, before any genitive: "der neue Titel des Buches"
    head = next((w for w in mention.words.split() if w[:1].isupper()), "")
    return head.lower().endswith(_HEADS)
