"""An acronym before a name labels it ("NBA MVP Tom Hale", "LFI Éric Coquerel"): no name word."""
# A word written all in capitals (two letters or more, no Roman numeral) is a body's or a post's
# short form; followed by two or more words in mixed case it opens no name, so the name starts
# after the last such word. One word after it may be a surname after initials ("AJ Hale"), and a
# name written all in capitals ("said TOM HALE") has no mixed-case word to start.

from __future__ import annotations

from summarizer.attribution.frames.regnal import numeral

_AFTER = 2  # mixed-case words an acronym must have after it to be a label


def labelled(tokens: list[str]) -> int:
    """How many words of `tokens` an acronym label and the words before it take: or none."""
    start = 0
    for index, token in enumerate(tokens[: -_AFTER or None]):
        after = tokens[index + 1 :]
        acronym = len(token) > 1 and token.isalpha() and token.isupper()
        if acronym and not numeral(token) and not any(len(t) > 1 and t.isupper() for t in after):
            start = index + 1
    return start
