"""A word read as a cue where it stands, the words after it in view."""
# "contended" alone is a cue, "contended with “…”" is not (cues.toml `unless_after`): a fullmatch
# of the lone word cannot see the word after it, a match in the text can.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues


def verb_in_place(text: str, word: re.Match[str], cues: Cues) -> bool:
    """Whether the verbs' pattern reads the `word` of `text` as a cue where it stands."""
    found = cues.verbs.match(text, word.start())
    return found is not None and found.end() >= word.end()
