"""A German body's noun at a cue read as the one body named by a compound of it (deroles28)."""

# "Das Landgericht Oberau wies die Klage ab. … teilte das Gericht mit": the speaker is the
# Landgericht Oberau, as the article names it. Read by `german_body` when no body holds the noun
# as a whole word: a compound that ends in the noun with a name after it ("Landgericht Oberau",
# "Hansestadt Lübeck"), or a body's own name joined to the noun ("Velmar-Konzern"). Two such
# bodies named before the quotation link nobody.

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from heapq import merge

from summarizer.attribution.attributed import Attribution, basis_of
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.marks.stretches import found_in, places
from summarizer.attribution.speakers.bodies import fullest

_CAPITAL = r"[A-ZÄÖÜ][\w-]*"
_WORD = re.compile(r"[\w-]+")
_BREAKS = re.compile(r"[^\w \t-]")  # a compound and its name hold none
# "beim Landgericht Berufung eingelegt": a word of these endings after the compound is a noun of
# the clause (an abstract noun), never the place of the body's name
_ADJECTIVE_ENDINGS = ("e", "es", "er", "en", "em")  # a name's adjective goes on to its noun
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "nis", "tät", "ismus", "ment")


@functools.lru_cache(maxsize=16)
def _compounds(text: str, noun: str, stop: frozenset[str]) -> list[tuple[int, str]]:
    """Where each body named by a compound of `noun` stands, and its name (one pass)."""
    lower = re.escape(noun.lower())
    found = re.compile(
        rf"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]+{lower}[ \t]+(?P<name>{_CAPITAL})"
        rf"(?:[ \t]+{_CAPITAL})?"
        rf"|{_CAPITAL}-{re.escape(noun)})(?![\w-])"
    )
    named = []
    for match in _read(found, text, noun):
        name, end = match.group("name"), match.end()
        if name is not None and not name.endswith(_ADJECTIVE_ENDINGS):
            end = match.end("name")  # "Hilfsorganisation Grünes Netz", "Landgericht Oberau"
        if name is None or (name.lower() not in stop and not name.endswith(_NOUN_ENDINGS)):
            named.append((match.start(), text[match.start() : end]))
    return named


# Only where the noun stands ("gericht" in "Landgericht", "Konzern" after "Velmar-"): the same
# matches, in order, with no pattern tried at every character of the text (`stretches`).
def _read(found: re.Pattern[str], text: str, noun: str) -> Iterator[re.Match[str]]:
    """The matches of `found`, each of which holds `noun` or `noun` lowered, in `text`."""
    lower = noun.lower()
    if not (_WORD.fullmatch(noun) and _WORD.fullmatch(lower)):
        return found.finditer(text)
    return found_in(found, text, merge(places(text, lower), places(text, noun)), _BREAKS)


def compound_body(
    mention: Mention, before: int, closed: int, text: str, cues: Cues
) -> Attribution | None:
    """The one body named before `before` by a compound of the mention's noun, else None."""
    named = _compounds(text, mention.words, frozenset(cues.stop))
    body = fullest([name for start, name in named if start < before])
    if body is None:  # none or several: the noun as written
        return None
    basis = basis_of(mention, closed)
    return Attribution(
        body, mention.cue, mention.words, basis, mention.cue_at, True, False, mention.at
    )
