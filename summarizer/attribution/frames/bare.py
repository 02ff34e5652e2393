"""A quotation closed by its full stop, then a sentence of only a name and a verb of saying."""
# "“We will rebuild.” Mayor Dana Fisk said." at the start of a paragraph: the stop is a slip for
# the comma, and the short sentence says nothing but who spoke. Any word after the verb ("Fisk
# said he would …", "Fisk added that …") makes a sentence of its own, and a quotation inside a
# paragraph may belong to the cue before it, so neither counts.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Window

_TABLE = {f: d for f, d in _data.load_toml("cues.toml").items() if isinstance(d, dict)}
_VERBS = {family: frozenset(data.get("bare_cues", [])) for family, data in _TABLE.items()}
_NOT = {family: frozenset(data.get("bare_not", [])) for family, data in _TABLE.items()}
_MAX_WORDS = 5
_END = re.compile(r"[ \t]*[.!](?:[ \t]*(?:\n|$)|[ \t]+[\"“])")


def bare_cue(text: str, before: Window, start: int, cues: Cues) -> bool:
    """Whether the sentence at `start` is a name and a verb of saying that end the paragraph."""
    verbs = _VERBS.get(cues.family, frozenset())
    para = before[0] == 0 or text[before[0] - 1] == "\n"
    if not verbs or not para or text[before[0] : before[1]].strip():
        return False
    words = list(TOKEN.finditer(text, start, start + 80))
    for count, word in enumerate(words[1 : _MAX_WORDS + 1], start=1):
        if word.group() in verbs:
            subject = [w.group() for w in words[:count]]
            stop = cues.stop | _NOT.get(cues.family, frozenset())
            named = all(w[0].isupper() and w.lower() not in stop for w in subject)
            return named and _END.match(text, word.end()) is not None
    return False
