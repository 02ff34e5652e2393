"""The canonical form of a name mention: titles, stop words, possessives and suffixes off."""

from __future__ import annotations

import re

from summarizer.attribution.clauses import TOKEN, particle, surname
from summarizer.attribution.cues import Cues
from summarizer.attribution.runs import PARTICLES
from summarizer.attribution.subjects import POSSESSIVE

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")


def canonical(words: str, cues: Cues) -> str:
    """The name without leading stop words, titles and a trailing possessive."""
    tokens = TOKEN.findall(words)
    owners = [i for i, t in enumerate(tokens[:-1]) if POSSESSIVE.search(t)]
    if owners:  # "Labour's Ed Balls", "Germany's Angela Merkel": the owner is no part of the name
        tokens = tokens[owners[-1] + 1 :]
    if tokens:
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
    for index in range(len(tokens) - 1, -1, -1):
        lower = tokens[index].lower().rstrip(".")
        if surname(tokens, index, cues) or particle(tokens, index, cues):
            continue
        if lower in cues.titles or lower in cues.stop:
            noun = lower in cues.determiners and len(tokens) - index > 3
            tokens = tokens[index + 1 + noun :]
            break
    if cues.patronymics and len(tokens) > 2:  # "МИД Украины Павел Климкин"
        tokens = tokens[-3:] if tokens[-2].endswith(cues.patronymics) else tokens[-2:]
    if cues.complements and len(tokens) > 2 and len(tokens[0]) > 1 and tokens[0].isupper():
        tokens = tokens[1:]  # a party's acronym before the name: "LFI Éric Coquerel"
    while len(tokens) > 1 and tokens[-1].lower() in _SUFFIXES:
        tokens.pop()
    # An initial keeps its period ("Joseph T. Harlow"), never ends a name ("Joseph R").
    while tokens and len(tokens[-1]) == 1:
        tokens.pop()
    kept = (
        f"{t}." if _INITIALS.fullmatch(t) else t
        for i, t in enumerate(tokens)
        if t[0].isupper() or (t in PARTICLES and 0 < i < len(tokens) - 1)
    )
    return " ".join(kept)


def headings(text: str) -> list[tuple[int, int]]:
    """Lines in title case ("Obama Sees Personal Insult in Vote"), whose capitals make no
    names: four words or more, most of them capitalised, and not a list ("Ann Lee, Tom Ruiz,
    Jo Park and Eva Holt met." has its names)."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        words = line.group().split()
        capitals = sum(w[0].isupper() for w in words)
        if len(words) >= 4 and capitals >= 0.7 * len(words) and line.group().count(",") < 2:
            found.append(line.span())
    return found
