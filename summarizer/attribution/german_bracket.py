"""German reporting verbs in two parts (the verb bracket) and the adverbials before a subject."""
# "„…“, hat X gesagt", "„…“, hatte X in einem Interview erklärt", "„…“, stellte X klar",
# "„…“, wird X zitiert": the finite verb comes first, the participle or particle closes the clause.

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from summarizer import _data
from summarizer.attribution.cues import Cues, Mention, Window
from summarizer.attribution.phrases import TOKEN, Phrase, mention_of, oblique, read_phrase

_REACH = 200
_TAIL = 6  # adverbials between the subject and the participle: "in einem Interview"
_PREPOSITIONS = frozenset(
    {"am", "im", "in", "gegenüber", "bei", "beim", "auf", "vor", "nach", "zum", "zur", "mit"}
)
_DATIVE = frozenset({"dem", "einem"})
_ADVERBS = frozenset({"zuvor", "bereits", "erneut", "mehrfach", "damals", "zudem", "ebenfalls"})


def adverbials(tokens: list[re.Match[str]], index: int, cues: Cues) -> int:
    """Past adverbs, a prepositional phrase or a dative between a verb and its subject."""
    while index < len(tokens):
        word = tokens[index].group().lower()
        if word in cues.skip or word in _ADVERBS:
            index += 1
        elif word in _PREPOSITIONS or word in _DATIVE:
            # "am Montag", "gegenüber der Zeitung", "in einem Interview", "dem Sender": one noun
            probe = index + 1
            while probe < len(tokens) and tokens[probe].group().islower():
                probe += 1  # an article and adjectives
            if probe >= len(tokens) or not tokens[probe].group()[0].isupper():
                return index
            index = probe + 1
        else:
            return index
    return index


@dataclass(frozen=True)
class _Bracket:
    """Perfect auxiliaries, and the particles that close each separable reporting verb."""

    auxiliaries: frozenset[str]
    particles: dict[str, frozenset[str]]


@functools.cache
def _bracket(family: str) -> _Bracket:
    """The verb-bracket words of a language family, from cues.toml."""
    data = _data.load_toml("cues.toml").get(family, {})
    pairs = [verb.lower().split() for verb in data.get("separable", [])]
    stems = {stem for stem, _ in pairs}
    particles = {stem: frozenset(p for s, p in pairs if s == stem) for stem in stems}
    return _Bracket(frozenset(data.get("auxiliaries", [])), particles)


def bracket_after(text: str, window: Window, start: int, cues: Cues) -> Mention | None:
    """The subject inside a verb bracket that opens right after a quotation and its comma."""
    tokens = list(TOKEN.finditer(text, start, min(window[1], start + _REACH)))
    if not tokens:
        return None
    finite = tokens[0].group().lower()
    closers = _closers(finite, cues)
    if not closers:
        return None
    index = adverbials(tokens, 1, cues)
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or oblique(tokens, phrase):
        return None
    closer = _closer(text, tokens, phrase, window, cues)
    if closer is None or closer.group().lower() not in closers:
        return None
    if finite in cues.passive:  # "wird X zitiert": X is quoted; the cue is the whole passive
        found = mention_of(text, tokens, phrase, tokens[0], cues)
        return dataclasses.replace(found, cue=closer.group()) if found else None
    found = mention_of(text, tokens, phrase, closer, cues)
    if found is None or finite in _bracket(cues.family).auxiliaries:
        return found
    return dataclasses.replace(found, cue=f"{tokens[0].group()} {closer.group()}")


def _closers(finite: str, cues: Cues) -> frozenset[str]:
    """The words that may close a bracket opened by `finite`: participles or particles."""
    bracket = _bracket(cues.family)
    if finite in bracket.auxiliaries:
        return cues.participles
    if finite in cues.passive:
        return cues.quoting
    return bracket.particles.get(finite, frozenset())


# The sentence must end right after its closing word: "…, hat X gesagt." - not "…, hat X
# gesagt, dass …", whose own words follow.
def _closer(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, window: Window, cues: Cues
) -> re.Match[str] | None:
    """The last word of the clause after the subject, when few adverbials come between."""
    after = tokens[phrase.end - 1].end()
    stop = cues.sentence_end.search(text, after, window[1])
    end = stop.start() if stop else window[1]
    if stop is None and end - after > _REACH // 2:
        return None
    tail = [t for t in tokens[phrase.end :] if t.end() <= end]
    if not tail or len(tail) > _TAIL or any(t.group() == "," for t in tail):
        return None
    return tail[-1]
