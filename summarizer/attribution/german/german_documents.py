"""The document German words are quoted from ("heißt es in dem Schreiben der Stadt")."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, Phrase, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 120
_SKIP = 2
_SOURCES = _data.load_toml("german.toml")["document_sources"]
_FROM = frozenset(_SOURCES["from"])
_REASONS = tuple(_SOURCES["reasons"])
_CIRCLES = tuple(_SOURCES["circles"])
_BODIES = tuple(_SOURCES["bodies"])
_DATED = frozenset(_SOURCES["dated"])
_DATED_WORDS: int = _SOURCES["dated_words"]
_POSSESSIVES = frozenset(_SOURCES["possessives"])
_AS_WRITTEN = frozenset(_SOURCES["as_written"])
_AS_WRITTEN_ADVERBS = frozenset(_SOURCES["as_written_adverbs"])
_SURFACES = tuple(_SOURCES["surfaces"])


def _written_on(noun: str) -> bool:
    """Whether `noun` (or its compound's end) is a page, a sheet or a sign words stand on."""
    return noun.lower().endswith(_SURFACES)


# A word or two like "dazu" may come between; else the phrase that opens the clause before the cue
# ("In dem Antrag heißt es:").
def document_of(
    text: str, window: tuple[int, int], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The document a "heißt es" cue quotes: the phrase after "in"/"auf" right after the cue."""
    if cue.group().lower() not in cues.documents:
        return None
    after = list(TOKEN.finditer(text, cue.end(), min(window[1], cue.end() + _REACH)))
    found = _in_phrase(text, after, _SKIP, cues) or _from_after(text, after, cues)
    if found is None:
        start = max(window[0], cue.start() - _REACH)
        before = list(TOKEN.finditer(text, start, cue.start()))
        found = _in_phrase(text, before, 0, cues, whole=True) or _from_phrase(text, before, cues)
    if found is None:
        return None
    return Mention(text[found[0] : found[1]], "description", cue.group(), found[0], cue.start())


# Without its article; with `whole`, only one that runs to the end of `tokens`.
def _in_phrase(
    text: str, tokens: list[re.Match[str]], skip: int, cues: Cues, *, whole: bool = False
) -> tuple[int, int] | None:
    """The offsets of the noun phrase after the first "in"/"auf" in the first `skip` + 1 tokens."""
    for index, token in enumerate(tokens[: skip + 1]):
        if token.group().lower() in cues.document_in:
            owned = index + 1 < len(tokens) and tokens[index + 1].group().lower() in _POSSESSIVES
            phrase = read_phrase(tokens, index + 1 + owned, cues)
            if phrase is None or (phrase.name is not None and not owned):
                return None  # a noun after a possessive reads as a name, but names none
            if tokens[phrase.head].group().lower() in cues.utterances:
                return None  # "hieß es in der Rede": the speaker's words, not the speech's
            if token.group().lower() == "auf" and not _written_on(tokens[phrase.head].group()):
                return None  # "Auf der Straße hieß es": a place, not a page
            if whole and not _to_end(tokens, phrase.end):
                return None
            first = phrase.start + (tokens[phrase.start].group().lower() in cues.determiners)
            return tokens[first].start(), tokens[phrase.end - 1].end()
        if not token.group().islower():
            return None
    return None


# "Aus Paris hieß es", "Aus Regierungskreisen hieß es": a place or a body, never "Aus diesem Grund".
def _from_phrase(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[int, int] | None:
    """The offsets of the place or body after an "aus" that opens the clause before the cue."""
    if not tokens or tokens[0].group().lower() not in _FROM:
        return None
    phrase = read_phrase(tokens, 1, cues)
    if phrase is None or phrase.end != len(tokens) or not _source(text, tokens, phrase, cues):
        return None
    first = phrase.start + (tokens[phrase.start].group().lower() in cues.determiners)
    return tokens[first].start(), tokens[phrase.end - 1].end()


# "hieß es aus dem Kanzleramt", "hieß es aus Regierungskreisen": the body after "aus" right after
# the cue, to the clause's end (a date may close it); a name of one word is a place ("aus Paris"),
# never a person ("aus dem Umfeld von Jan Roth" names nobody).
def _from_after(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[int, int] | None:
    """The offsets of the body after an "aus" right after the cue, closing the clause."""
    if not tokens or tokens[0].group().lower() not in _FROM:
        return None
    phrase = read_phrase(tokens, 1, cues)
    if phrase is None or any(t.group() == "von" for t in tokens[phrase.start : phrase.end]):
        return None  # "aus dem Lager von Jan Roth": a person's circle, no body
    rest = tokens[phrase.end :]
    relative = len(rest) > 1 and rest[1].group() in cues.determiners  # "der Partei, die X führt"
    closed = _to_end(tokens, phrase.end) or (rest[0].group() == "," and not relative)
    if not closed or not _body(text, tokens, phrase, cues):
        return None
    first = phrase.start + (tokens[phrase.start].group().lower() in cues.determiners)
    return tokens[first].start(), tokens[phrase.end - 1].end()


def _body(text: str, tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase after "hieß es aus" names a body or a place, never a person's name."""
    head = tokens[phrase.head].group().lower()
    if head.endswith(_CIRCLES + _BODIES):
        return True
    if phrase.name is not None:
        return phrase.name[1] - phrase.name[0] == 1 and not head.endswith(_REASONS)  # "aus Paris"
    return not head.endswith(_REASONS) and person(text, tokens, phrase, cues)


# A name takes no adjective without an article: "Aus gutem Grund" is none.
def _source(text: str, tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase after "aus" names a place or a body: a name, a body noun or "-kreisen"."""
    head = tokens[phrase.end - 1].group().lower()
    if head.endswith(_CIRCLES + _BODIES):
        return True
    if head.endswith(_REASONS):
        return False
    named = phrase.name is not None and tokens[phrase.start].group()[:1].isupper()
    return named or person(text, tokens, phrase, cues)


# "In einer Erklärung vom Dienstagabend hieß es": a date after the phrase still lets it run on.
def _to_end(tokens: list[re.Match[str]], end: int) -> bool:
    """Whether the phrase ending at `end` runs to the cue, but for a date after "vom"/"am"."""
    rest = tokens[end:]
    return not rest or (rest[0].group().lower() in _DATED and len(rest) <= _DATED_WORDS)


# "Wie es in der Mitteilung heißt, bleibe das Werk „…“ geschlossen": the document the "Wie es"
# clause opening the quotation's sentence names; no cue "heißt es" stands in that order.
def as_written(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[Mention, int] | None:
    """The document a "Wie es in X heißt," clause names, and the index past its comma."""
    words = [t.group() for t in tokens]
    if len(words) < 6 or words[0] != "Wie" or words[1] != "es" or words[2] not in cues.document_in:
        return None
    verb = next((i for i, w in enumerate(words[3:], 3) if w in _AS_WRITTEN), None)
    if verb is None or verb + 1 >= len(words) or words[verb + 1] != ",":
        return None
    end = verb
    while words[end - 1] in _AS_WRITTEN_ADVERBS:
        end -= 1
    found = _in_phrase(text, tokens[2:end], 0, cues, whole=True)
    if found is None:
        return None
    cue = tokens[verb]
    return Mention(
        text[found[0] : found[1]], "description", cue.group(), found[0], cue.start()
    ), verb + 2
