"""The infinitive of saying after a future or modal word ("will say", "va a anunciar"), as a
pattern the regex engine passes over at once where a word opens with no infinitive's letter."""
# `inflect._after_planned` wrote it as look-behinds for the planned words, then the infinitives:
# a look-behind first, so each word start of every text tried all fourteen English ones (a third
# of the English verbs regex's time). Here the infinitive's first character is read first by a
# plain class (`(?-i:[…])`), then one look back at the character and space before it (a planned
# word's last letter: most word starts fail here), then the planned words past that character,
# then each first letter's group (in `inflect._any`'s order) looks back at it and reads the rest
# of its words as one prefix tree: the same matches as before, tried only where they can start.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.trie import beyond_ascii_but, trie_pattern


def planned_infinitive(planned: list[str], infinitives: list[str]) -> str | None:
    """Any of `planned` and a space before the place, then any of `infinitives` (read ignoring
    case, as `inflect._any` reads them: longest first, grouped by first letter); None when a
    word has no first letter that lower-cases to one character."""
    if not all(planned) or not all(len(w[:1].lower()) == 1 for w in infinitives):
        return None  # an empty word, or a first letter that lower-cases to two ("İ")
    groups: dict[str, list[str]] = {}
    for word in sorted(set(infinitives), key=len, reverse=True):
        groups.setdefault(word[0].lower(), []).append(word)
    firsts = {w[0] for w in infinitives}
    cases = [
        "".join(sorted({f, f.upper(), *(w for w in firsts if w.lower() == f)})) for f in groups
    ]
    looks = "|".join(
        f"(?<=[{re.escape(case)}])(?:{trie_pattern([w[1:] for w in words], re.escape, True)})"
        for case, words in zip(cases, groups.values(), strict=True)
    )
    behind = "|".join(f"(?<={re.escape(word)} (?s:.))" for word in planned)
    # a planned word's last character and the space: one look that most word starts fail
    last = _taken("".join(word[-1] for word in planned))
    return f"(?-i:{_taken(''.join(cases))})(?<=(?-i:{last}) (?s:.))(?:{behind})(?:{looks})"


# Every character beyond ASCII may equal a letter ignoring case; so may a few ASCII ones that are
# no case of it ("k" and the Kelvin sign): each ASCII character is asked as the pattern will ask.
def _taken(chars: str) -> str:
    """A class of every character beyond ASCII and each ASCII one that, ignoring case, is one
    of `chars`."""
    taken = re.compile(f"(?i:[{re.escape(chars)}])")
    return beyond_ascii_but(code for code in range(128) if not taken.fullmatch(chr(code)))
