"""A German clause opened by an article, adjectives and the title run of a name."""
# "Der russische Außenminister Pavel Orlow reagierte gelassen.": "Der" or "Die" opening the clause
# with adjectives in the nominative's weak ending -e before the title that runs into the name is
# the subject's article; "Der russischen Ministerin Eva Ems wurde …" (-en: a dative) is not.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.words import TOKEN, mark_before

_ARTICLES = frozenset(_data.load_toml("german.toml")["adjective_led"]["articles"])
_OPENS = '.!?:;\n"“”«»'  # where a clause and its subject begin
_ADJECTIVES = 2  # "Der frühere russische Außenminister": at most two


def adjective_led(text: str, run: re.Match[str]) -> bool:
    """Whether "Der"/"Die" and adjectives ending in -e open the clause right before `run`."""
    if text[max(0, run.start() - 2) : run.start()] != "e ":
        return False  # the word right before is no adjective in -e: nothing to tokenise
    before = list(TOKEN.finditer(text, max(0, run.start() - 60), run.start()))
    after = run.start()
    for count, word in enumerate(reversed(before)):
        if text[word.end() : after] != " ":
            return False  # a comma or a mark between: no one phrase
        if count and word.group().lower() in _ARTICLES:
            return mark_before(text, word.start()) in _OPENS  # "" at the text's start
        if count == _ADJECTIVES or not (word.group().islower() and word.group().endswith("e")):
            return False
        after = word.start()
    return False
