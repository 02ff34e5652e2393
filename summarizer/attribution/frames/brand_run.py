"""A capitalised word modifying the lower-case noun before it: "le compte Twitter du ministère"."""

# "Le compte Twitter du ministère a écrit :" read "Twitter du ministère" as a body's name. A run
# that starts right after a lower-case noun (no article, title nor function word between) and
# ends in a lower-case word is the noun's modifier and its complement, not a name: the account
# speaks, and no name is built from "Twitter". "La Cour des comptes" (after an article) and
# "le journaliste Jean Roux" (no lower-case end) are untouched.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues


def brand_run(text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cues: Cues) -> bool:
    """Whether `run` modifies the lower-case noun right before it and ends in a lower-case word."""
    if not cues.complements or not run or not run[-1].group().islower():
        return False
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), -1)
    if index < 1 or text[tokens[index - 1].end() : run[0].start()] != " ":
        return False
    noun = tokens[index - 1].group()
    lower = noun.lower()
    closed = (cues.stop, cues.articles, cues.titles, cues.governing)
    return noun.isalpha() and noun.islower() and not any(lower in words for words in closed)
