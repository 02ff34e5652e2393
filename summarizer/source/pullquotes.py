"""Pull quotes: a paragraph that is only a quotation the article quotes elsewhere with a cue."""
# A page sets a striking sentence of the body apart in large type ("<blockquote class=
# pull-quote>"); extracted, it is a paragraph of its own holding only that quotation, and a
# reader of `quotes` would see it twice, the second time with no cue. Losing speech is worse
# than listing it twice, so a lone quotation stays when the text around it makes it speech: a
# colon or comma before it, a paragraph after it that points back ("Das sagte X", "— said X"),
# or no cued copy at all (a refrain chanted twice). The first paragraph, which may be the
# headline, is never a copy. Each quotation is found once by a linear scan.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.concurrency import once

_SPAN = re.compile(
    r"“([^“”\n]{1,600})”|\"([^\"\n]{1,600})\"|«([^«»\n]{1,600})»|„([^„“”\n]{1,600})[“”]"
)
_ALONE = re.compile(r"\s*(?:“[^“”\n]+”|\"[^\"\n]+\"|«[^«»\n]+»|„[^„“”\n]+[“”])\s*")
_LEAST_WORDS = 5
"""Fewest words of a repeated quotation dropped: a short reply ("“Yes, I do.”") may recur."""
_EDGES = " \t,.;:!?…—–-"
_LEADS_IN = frozenset(":：,，")
"""The last mark of a paragraph that introduces the next one as speech."""
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def drop_pull_quotes(blocks: list[list[str]]) -> list[list[str]]:
    """The paragraphs without a lone quotation that repeats one the article quotes with a cue."""
    seen: dict[str, list[tuple[int, bool]]] = {}
    for b, block in enumerate(blocks[1:], start=1):
        for line in block:
            alone = len(block) == 1 and _ALONE.fullmatch(line) is not None
            for span in _SPAN.finditer(line):
                key = _key(next(g for g in span.groups() if g is not None))
                if key:
                    seen.setdefault(key, []).append((b, alone))
    dropped: set[int] = set()
    for places in seen.values():
        if any(not alone for _, alone in places):
            dropped.update(b for b, alone in places if alone and not _is_speech(blocks, b))
    return [block for b, block in enumerate(blocks) if b not in dropped]


def _is_speech(blocks: list[list[str]], b: int) -> bool:
    """Whether the text around lone quotation `b` makes it speech: introduced or pointed back to."""
    if blocks[b - 1][-1].rstrip()[-1:] in _LEADS_IN:
        return True
    if b + 1 >= len(blocks):
        return False
    after = blocks[b + 1][0].lstrip()
    if not after or after[0] in "—–-" or after[0].islower():
        return True
    word = _FIRST_WORD.match(after)
    return word is not None and word.group().lower() in _points_back()


def _key(inner: str) -> str:
    """The quotation's words, lower-case, without the punctuation at its ends; "" when short."""
    words = inner.strip(_EDGES).lower().split()
    return " ".join(words) if len(words) >= _LEAST_WORDS else ""


@once
def _points_back() -> frozenset[str]:
    """The words opening a paragraph that points back at the quotation before it."""
    return frozenset(_data.load_toml("furniture.toml")["points_back"])
