"""A quick test for the first word of a naming phrase ("dubbed", "known") before a quotation."""

from __future__ import annotations

import functools
import re

from summarizer import _data

# Four non-ASCII letters equal an ASCII one ignoring case ("ſ", "s"); no other lowers to one.
_ASCII_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


@functools.cache
def _ascii_heads(family: str) -> tuple[str, ...] | None:
    """The naming phrases' first words, lower-cased, when all are ASCII and apostrophe-free."""
    heads = tuple(
        {
            w.split(" ")[0].lower()
            for w in _data.load_toml("cues.toml")[family].get("naming", [])
            if w
        }
    )
    # a pattern's apostrophe reads a typeset one too
    return heads if all(h.isascii() and "'" not in h for h in heads) else None


# `naming_heads` stops at every character that may start a head (~5 µs a quotation); where the
# heads are ASCII and no twin stands in the lead, a substring search of it lower-cased is the same.
def has_naming_head(lead: str, naming_heads: re.Pattern[str], family: str) -> bool:
    """Whether `naming_heads` (the family's) finds a word in `lead`."""
    heads = _ascii_heads(family)
    if heads is None or (not lead.isascii() and _ASCII_TWINS.search(lead)):
        return naming_heads.search(lead) is not None
    low = lead.lower()
    return any(head in low for head in heads)
