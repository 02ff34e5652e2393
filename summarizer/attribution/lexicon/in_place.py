"""A word read as a cue where it stands, the words after it in view."""
# "contended" alone is a cue, "contended with “…”" is not (cues.toml `unless_after`): a fullmatch
# of the lone word cannot see the word after it, a match in the text can; and it reads a
# progressive from its auxiliary ("is describing").

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues


def verb_in_place(text: str, word: re.Match[str], cues: Cues) -> bool:
    """Whether the verbs' pattern reads the `word` of `text` as a cue where it stands."""
    found = cues.verbs.match(text, word.start())
    if found is None or found.end() < word.end():
        return False
    # "is describing as “…”": the progressive read from its auxiliary; "according to her “…”
    # plan" governs a noun, no words said
    return found.end() == word.end() or found.group().lower() not in cues.hearsay
