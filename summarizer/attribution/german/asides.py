"""German asides: ", wie Graf Roth sagte," closes a clause whose subject is the aside's."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN

_ASIDE_REACH = 80  # ", wie Graf Roth sagte": a short clause before its cue
_ASIDE_OPENERS = frozenset(_data.load_toml("german.toml")["asides"]["openers"])


# Its speaker speaks only the quotation it introduces: the next one is not carried over to it.
def aside_cue(text: str, cue_at: int) -> bool:
    """Whether the cue at `cue_at` closes a ", wie X sagte" aside."""
    tokens = list(TOKEN.finditer(text, max(0, cue_at - _ASIDE_REACH), max(0, cue_at)))
    return len(past_aside_opener(tokens)) < len(tokens)


# "Die Schwierigkeiten, wie Graf Roth sagte, „…“": the cue's subject is the aside's, after "wie".
def past_aside_opener(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens after a ", wie" (or ", oder wie") that the cue closes, else all of them."""
    words = [t.group().lower() for t in tokens]
    for index in range(len(words) - 1, 0, -1):
        opened = words[index - 1] == "," or words[max(0, index - 2) : index] == [",", "oder"]
        if words[index] in _ASIDE_OPENERS and opened and "," not in words[index:]:
            return tokens[index + 1 :]
    return tokens
