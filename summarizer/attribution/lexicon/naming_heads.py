"""A quick test for the first word of a naming phrase ("dubbed", "known") before a quotation."""

from __future__ import annotations

import re

# Four non-ASCII letters equal an ASCII one ignoring case ("ſ", "s"); no other lowers to one.
_ASCII_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
_PREFIX = 4


# A head's first letters stand wherever the head does, so the test may pass where no head stands
# (the reading after it decides) but never fails where one does; fewer, shorter strings to seek.
def ascii_prefixes(naming: list[str]) -> tuple[str, ...] | None:
    """The naming phrases' first words' first letters, lower-cased; None unless all ASCII."""
    heads = {w.split(" ")[0].lower() for w in naming}
    # a pattern's apostrophe reads a typeset one too
    if not all(h.isascii() and "'" not in h for h in heads):
        return None
    return tuple(sorted({h[:_PREFIX] for h in heads if h}))


# `naming_heads` stops at every character that may start a head (~5 µs a quotation); where the
# heads are ASCII and no twin stands in the lead, a substring search of it lower-cased reads them.
def may_name(lead: str, naming_heads: re.Pattern[str], heads: tuple[str, ...] | None) -> bool:
    """False only where `naming_heads` finds no word in `lead` (`heads`: its ASCII prefixes)."""
    if heads is None or (not lead.isascii() and _ASCII_TWINS.search(lead)):
        return naming_heads.search(lead) is not None
    low = lead.lower()
    for head in heads:  # noqa: SIM110 - a loop, not any(): no generator per quotation
        if head in low:
            return True
    return False
