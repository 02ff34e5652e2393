"""A German noun phrase with no name that stands for a person or a body by its head noun."""
# "Der Außenminister, der …", "Für die Ministerin ist …", "Für das Landgericht war …": a role or a
# body speaks as written; "der Bericht, der …", "für die Kinder", "Demonstranten, die …" do not
# (a thing, or a plural of people who act: a group, no one voice).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.phrases import Phrase
from summarizer.attribution.lexicon.cues import Cues

_BODIES = tuple(_data.load_toml("german.toml")["role_holder"]["bodies"])


def role_or_body(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase without a name is headed by a noun for a role or a body."""
    if phrase.name is not None or phrase.anonymous:
        return False  # a name is read as a name; "ein Sprecher" stays anonymous
    head = tokens[phrase.head].group()
    word = head.lower().rstrip("s") if head.endswith("s") and len(head) > 4 else head.lower()
    return head[:1].isupper() and (person_noun(word, cues) or word.endswith(_BODIES))
