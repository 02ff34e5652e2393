"""Pull quotes: a paragraph that is only a quotation the article quotes elsewhere too."""
# A page sets a striking sentence of the body apart in large type ("<blockquote class=
# pull-quote>"); extracted, it is a paragraph of its own holding only that quotation, and a
# reader of `quotes` would see it twice, the second time with no cue. Each quotation is found
# once by a linear scan and compared by its words, so the pass stays linear.

from __future__ import annotations

import re

_SPAN = re.compile(
    r"“([^“”\n]{1,600})”|\"([^\"\n]{1,600})\"|«([^«»\n]{1,600})»|„([^„“”\n]{1,600})[“”]"
)
_ALONE = re.compile(r"\s*(?:“[^“”\n]+”|\"[^\"\n]+\"|«[^«»\n]+»|„[^„“”\n]+[“”])\s*")
_LEAST_WORDS = 5
"""Fewest words of a repeated quotation dropped: a short reply ("“Yes, I do.”") may recur."""
_EDGES = " \t,.;:!?…—–-"


def drop_pull_quotes(blocks: list[list[str]]) -> list[list[str]]:
    """The paragraphs without a lone quotation that repeats one the article quotes elsewhere."""
    seen: dict[str, list[tuple[int, bool]]] = {}
    for b, block in enumerate(blocks):
        for line in block:
            alone = len(block) == 1 and _ALONE.fullmatch(line) is not None
            for span in _SPAN.finditer(line):
                key = _key(next(g for g in span.groups() if g is not None))
                if key:
                    seen.setdefault(key, []).append((b, alone))
    dropped: set[int] = set()
    for places in seen.values():
        if len(places) < 2:
            continue
        cued = any(not alone for _, alone in places)
        lone = [b for b, alone in places if alone]
        dropped.update(lone if cued else lone[1:])  # with no cued one, the first stays
    return [block for b, block in enumerate(blocks) if b not in dropped]


def _key(inner: str) -> str:
    """The quotation's words, lower-case, without the punctuation at its ends; "" when short."""
    words = inner.strip(_EDGES).lower().split()
    return " ".join(words) if len(words) >= _LEAST_WORDS else ""
