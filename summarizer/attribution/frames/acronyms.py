"""An acronym before a name labels it ("NBA MVP Tom Hale", "LFI Éric Coquerel"): no name word."""
# A word written all in capitals (two letters or more, no Roman numeral) is a body's or a post's
# short form; followed by two or more words in mixed case it opens no name, so the name starts
# after the last such word. One word after it may be a surname after initials ("AJ Hale"), and a
# name written all in capitals ("said TOM HALE") has no mixed-case word to start.

from __future__ import annotations

from summarizer.attribution.frames.regnal import numeral

_AFTER = 2  # mixed-case words an acronym must have after it to be a label


# Only the last word in capitals may be the label (any before it has one after it): one scan.
def labelled(tokens: list[str]) -> int:
    """How many words of `tokens` an acronym label and the words before it take: or none."""
    if len(tokens) <= _AFTER or not any(map(str.isupper, tokens)):
        return 0  # most names: no word in capitals, and one check in C rules that out
    capitals = (i for i in reversed(range(len(tokens))) if len(tokens[i]) > 1)
    last = next((i for i in capitals if tokens[i].isupper()), -1)
    if last < 0 or last >= len(tokens) - _AFTER:
        return 0
    return last + 1 if tokens[last].isalpha() and not numeral(tokens[last]) else 0
