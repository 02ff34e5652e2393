"""A quoted thing that a German separable verb puts somewhere: no words of the verb's subject."""
# "Sie räumte die „verbotenen Bücher“ wieder ins Regal ein", "Er fügte der Suppe „eine Prise
# Zimt“ hinzu": the stem of a verb of saying ("räumte", "fügte"), the quotation a noun phrase
# with its article, and the particle closing the clause after a place ("ins Regal") or with a
# second object before the quotation ("der Suppe"): the verb is the physical one (einräumen,
# hinzufügen), so the quotation is the name of a thing. "räumte „schwere Fehler“ ein" stays.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_PLACES = frozenset(_data.load_toml("german.toml")["placed"]["prepositions"])
_PAIRS = [verb.split() for verb in _data.load_toml("cues.toml")["de"]["separable"]]
_PARTICLES = {stem: {p for s, p in _PAIRS if s == stem} for stem, _ in _PAIRS}
_WORD = re.compile(r"\w+")
_BETWEEN = 6  # words between the stem and the quotation: its own clause, bounded
_OPENING = re.compile(r"\s*[„“\"»«]")
_CLOSE = re.compile(r"[“”\"«»]")
_CLAUSE = re.compile(r"[^.,;:!?„“”\"«»\n]{0,120}")  # the rest of the clause after the quotation


def placed_thing(text: str, cue: re.Match[str], start: int, cues: Cues) -> bool:
    """Whether the separable cue's clause holds the quotation opening at `start` as a thing."""
    particles = _PARTICLES.get(cue.group().lower())
    opening = _OPENING.match(text, start)  # the quotation's mark, after spaces
    if not particles or opening is None:
        return False
    start = opening.end() - 1
    between = text[cue.end() : start]
    if any(c in between for c in ",;:.!?"):
        return False
    mark = _CLOSE.search(text, start + 1, start + 200)
    words = _WORD.findall(between)
    if mark is None or len(words) > _BETWEEN:
        return False
    close = mark.start()
    quoted = _WORD.findall(text[start:close])
    after = _WORD.findall(_CLAUSE.match(text, close + 1).group())  # type: ignore[union-attr]
    if not after or after[-1] not in particles or not quoted:
        return False
    article = quoted[0].lower() in cues.determiners or (
        bool(words) and words[-1].islower() and words[-1] in cues.determiners
    )
    place = any(w in _PLACES for w in after[:-1])
    second = len(words) >= 2 and words[0] in cues.determiners and words[1][:1].isupper()
    return article and (place or second)
