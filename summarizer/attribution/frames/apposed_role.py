"""French and Spanish: a name apposed to a definite description right after a cue."""

# "Selon l'entraîneur clermontois, Philippe Ancelin, « … »", "«…», dijo el entrenador malagueño,
# Marcos Pellicer": a definite article (also elided, "l'"), a noun and at most two more
# lower-case words, then a comma and a capitalised name set off by it: the name speaks. Nothing
# else may stand in the description (no preposition, verb or pronoun), so the role's holder
# is the one named; an indefinite article ("un proche du maire, …") is never read here.

from __future__ import annotations

import re

from summarizer.attribution.frames.elision import elision
from summarizer.attribution.frames.leads import apposed_described
from summarizer.attribution.frames.linked import apposed_name
from summarizer.attribution.lexicon.cues import Cues, Mention

_WORDS = 3  # the noun and at most two modifiers


def apposed_to_article(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name apposed after a comma to a definite description that opens `tokens`."""
    if not cues.complements or not tokens or cues.nouns_capitalized:
        return None
    dropped, noun = elision(tokens[0].group())
    words = [noun, *(t.group() for t in tokens[1 : _WORDS + 1])]
    article = dropped or tokens[0].group().lower()
    if not dropped:  # "el entrenador": the article is a word of its own
        words = words[1:]
    definite = (cues.articles - cues.indefinite - cues.contractions) | cues.possessive_determiners
    if article not in definite or text[tokens[0].start() - 1 : tokens[0].start()] != " ":
        return None
    start = 0 if dropped else 1
    for index, word in enumerate(words[:_WORDS]):
        token = tokens[start + index]
        if not _plain(word, cues) or text[token.end() : token.end() + 1] not in (" ", ","):
            return None
        if text.startswith(",", token.end()):
            end = token.end()
            return apposed_name(text, end, cue) or apposed_described(text, end, cue, cues)
    return None


def _plain(word: str, cues: Cues) -> bool:
    """A lower-case word that may stand in a description: no function word, verb or pronoun."""
    lower = word.lower()
    closed = lower in cues.stop or lower in cues.pronouns or lower in cues.governing
    return word.isalpha() and word.islower() and not closed and not cues.verbs.fullmatch(lower)
