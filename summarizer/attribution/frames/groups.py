"""A bare plural group noun as the subject before a cue: "…," federal prosecutors wrote."""
# A group of people is named without an article ("officials said", "state investigators
# wrote"); only nouns of the closed `group_subjects` class count, so a plural common noun that
# names no people ("…," critics' reviews said) is never one, and a capitalised run is a name.

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, cues_for

_MODIFIERS = 2  # lower-case words that may stand before the group noun ("federal prosecutors")
_OPENING = '.!?:;,\n"“”‘’«»—–('
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")  # "the boss", "the bus": no plural noun


def group_nouns(family: str) -> frozenset[str]:
    """The family's group nouns for people ("officials", "witnesses"), lower case."""
    return cues_for(family).group_subjects


# The words that named a speaker end in a group noun ("sources", "the lawyers") or, in English,
# in a lower-case regular plural ("her attorneys"): several people, never one he or she. Where
# nouns are capitalised the noun counts when no word before it is ("die Anwälte", not "Jan Helfer").
def group_mention(words: str | None, cues: Cues) -> bool:
    """Whether the mention `words` names a group of people by its plural head noun."""
    *before, head = (words or "").split() or [""]
    if cues.nouns_capitalized and all(word.islower() for word in before):
        head = head.lower()
    if not head.islower():
        return False
    regular = cues.family == "en" and head.endswith("s") and not head.endswith(_NOT_PLURAL)
    return head in group_nouns(cues.family) or regular


# "aides to X", "people close to X": links after a group noun besides `description_links`
@functools.cache
def group_links(family: str) -> tuple[tuple[str, ...], ...]:
    """The family's links, as words, that join a group noun to whom the group is of."""
    links = _data.load_toml("cues.toml").get(family, {}).get("group_links", [])
    return tuple(tuple(link.split()) for link in links)


# `tokens` run back from the cue: the group noun stands right before it, its modifiers before
# that, and the first of them opens a clause (after a quotation's comma, a full stop).
def group_before(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[int, int] | None:
    """Where a bare plural group noun and its lower-case modifiers stand as the cue's subject."""
    groups = group_nouns(cues.family)
    if not groups or not tokens or tokens[0].group() not in groups:
        return None
    found = None
    for index, token in enumerate(tokens[: _MODIFIERS + 1]):
        word = token.group()
        plain = word.isalpha() and word.islower() and word not in cues.stop
        if index and (not plain or word in cues.governing or cues.verbs.fullmatch(word)):
            break
        if word in cues.relative_subjects:  # "the plan, which officials said": not "which"
            break
        if index and text[token.end() : tokens[index - 1].start()] != " ":
            break
        before = text[max(0, token.start() - 3) : token.start()].strip()
        found = (token.start(), tokens[0].end()) if not before or before[-1] in _OPENING else found
    return found
