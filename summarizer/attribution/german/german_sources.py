"""Who a German statement noun before a colon names as its source: "Die Antwort der Ministerin:"."""
# With no verb of saying, the noun of a statement put first and the person it comes from ("Das
# Fazit der Forscherin:", "Die Reaktion von X:", "Kritik kam vom Verband:") introduce the words.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.german_person import person, person_noun
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_TABLE = _data.load_toml("german.toml")["statement_sources"]
_GENITIVES = frozenset(_TABLE["genitives"])
_AGENTS = frozenset(_data.load_toml("german.toml")["partial"]["agents"])
_MASCULINE = frozenset(_TABLE["masculine"])
_VERBS = frozenset(_TABLE["verbs"])
_STANCES = frozenset(_TABLE["stances"])
_STANCE_WORDS = _TABLE["stance_words"]
_REACH = 120  # a short heading-like frame
_OPENERS = 2  # an article and an adjective at most: "Die scharfe Antwort"
_ENDINGS = ("e", "en", "er", "es", "em")  # an article or an inflected adjective
_CASE_ENDINGS = ("es", "s", "en", "n")  # a masculine genitive's: "Ministers", "Präsidenten"


def statement_source(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person a verbless "Die Antwort der Ministerin:" frame names, or None."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":") or len(head) > _REACH or head.count(":") > 1:
        return None
    tokens = list(TOKEN.finditer(text, window[0], window[0] + len(head)))
    if tokens and tokens[0].group() == "Für":
        return _held(text, tokens, cues)
    noun = _noun_at(tokens, cues)
    if noun is None or noun + 2 >= len(tokens):
        return None
    index = noun + 1
    if tokens[index].group() in _VERBS:  # "Kritik kam (auch) von X:", only with "von"
        index += 1
        while index < len(tokens) and tokens[index].group().lower() in cues.skip:
            index += 1
        if index >= len(tokens) or tokens[index].group().lower() not in _AGENTS:
            return None
    elif tokens[index].group().lower() in _MASCULINE:  # "Die Antwort des Ministers:"
        return _masculine_owner(text, tokens, index + 1, cues)
    elif tokens[index].group().lower() not in _GENITIVES:
        return None
    # "von der Partei": past the preposition, the article is the phrase's
    index += tokens[index].group().lower() in _AGENTS
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or phrase.end != len(tokens) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, tokens[noun], cues)


# "Für Jan Roth steht fest: „…“", "Für die Ministerin ist klar:": whose view the frame states.
def _held(text: str, tokens: list[re.Match[str]], cues: Cues) -> Mention | None:
    """The person after "Für" whose view a copula frame before the colon states, or None."""
    phrase = read_phrase(tokens, 1, cues) if len(tokens) > 2 else None
    if phrase is None or phrase.end >= len(tokens) or oblique(tokens, phrase):
        return None
    verb = tokens[phrase.end]
    if verb.group() not in _STANCES or len(tokens) - phrase.end - 1 > _STANCE_WORDS:
        return None
    if not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, verb, cues)


def _noun_at(tokens: list[re.Match[str]], cues: Cues) -> int | None:
    """The index of the statement noun that opens the frame after an article or adjectives."""
    for index, token in enumerate(tokens[: _OPENERS + 1]):
        word = token.group()
        if statement_noun(word) and word[0].isupper():
            return index
        lower = word.lower()
        if lower not in cues.determiners and not lower.endswith(_ENDINGS):
            return None
    return None


# "Die Antwort des Ministers:", "Das Fazit des Kollegen:": a role alone after a masculine genitive
# article, given in its nominative ("Minister") as the text names the role elsewhere; a name
# after it ("des Ministers Jan Roth") is the name.
def _masculine_owner(
    text: str, tokens: list[re.Match[str]], index: int, cues: Cues
) -> Mention | None:
    """The role or name a masculine genitive owner before the colon gives, or None."""
    phrase = read_phrase(tokens, index - 1, cues) if index < len(tokens) else None
    if phrase is None or phrase.end != len(tokens):
        return None
    if phrase.name is not None:
        named = person(text, tokens, phrase, cues)
        return mention_of(text, tokens, phrase, tokens[index - 1], cues) if named else None
    if phrase.head != index or index + 1 != len(tokens):
        return None  # one noun only: "des Ministers", not "des Ministers für Bau"
    word = tokens[index]
    for ending in _CASE_ENDINGS:
        stem = word.group()[: -len(ending)]
        if word.group().endswith(ending) and person_noun(stem.lower(), cues):
            return Mention(stem, "role", tokens[index - 1].group(), word.start(), word.start())
    return None
