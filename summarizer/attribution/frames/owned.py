"""An unnamed subject after a cue: anonymous ("un proche du président") or owned ("son avocat");
titles that own the name after them ("l'avocat de Tom Weber")."""

# "« … », a déclaré son avocat": someone of the person named before, never that person; a name
# that ends the phrase ("sa fille Léa Renard") or is apposed to it ("dijo su abogado, Juan
# Ferrer") is the speaker.

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import anonymous, anonymous_after
from summarizer.attribution.frames.linked import apposed_name
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import PARTICLES

_PHRASE_WORDS = 6


def unnamed_after(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The subject that `tokens` open after `cue` when it names nobody by itself, else None."""
    first = tokens[0]
    if first.group().lower() in cues.possessive_determiners:
        phrase = _owned(text, tokens, cues)
        named = _named_tail(text, phrase, cue, cues)  # "a lancé sa fille Léa Renard"
        words = text[first.start() : phrase[-1].end()]
        found = Mention(words, "anonymous", cue.group(), first.start(), cue.start())
        return named or apposed_name(text, phrase[-1].end(), cue) or found
    if anonymous(text, first.start(), first.end(), cues):
        return anonymous_after(text, tokens, cue, cues)
    return None


# The phrase runs through its complements, to a preposition of its own, a verb, a conjunction
# or punctuation: "son avocat, X" ends at the comma, "sa fille à Lyon" before "à".
def _owned(text: str, tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The words of the phrase that a possessive determiner opens."""
    phrase = [tokens[0]]
    for token in tokens[1:_PHRASE_WORDS]:
        lower = token.group().lower()
        joined = lower in cues.complements or lower in cues.articles or lower in cues.titles
        ends = (lower in cues.governing and not joined) or lower in cues.coordinating
        if text[phrase[-1].end() : token.start()] != " " or ends or cues.verbs.fullmatch(lower):
            break
        phrase.append(token)
    return phrase


# One capitalised word after a complement's preposition is a place or a body ("son avocat de
# Lyon"); right after the noun it is a name ("его жена Анна").
def _named_tail(
    text: str, phrase: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name that ends an owned phrase ("sa fille Léa Renard"), if any."""
    run = 0
    while run < len(phrase) - 1 and phrase[-1 - run].group()[0].isupper():
        run += 1
    names = phrase[len(phrase) - run :]
    before = phrase[-run - 1].group().lower() if run else ""
    joined = before in cues.complements or before in cues.articles or before in cues.governing
    if not run or (run < 2 and joined) or any(w.group().lower() in cues.titles for w in names):
        return None
    words = text[names[0].start() : names[-1].end()]
    return Mention(words, "name", cue.group(), names[0].start(), cue.start())


# "Der Anwalt von Tom Weber", "l'avocat de Tom Weber": a particle, a given name and a surname
# after a title make the name its owner ("Präsident von Weizsäcker": a surname's particle).
def owned_titles(lowers: list[str]) -> frozenset[str]:
    """The title words of a run that a particle and a name of two words or more follow."""
    owned = set()
    for index, word in enumerate(lowers[:-3]):  # two words or more after the particle
        if lowers[index + 1] in PARTICLES and lowers[index + 2] not in PARTICLES:
            owned.add(word)  # no slice of the rest at each word: a long run stays linear
    return frozenset(owned)
