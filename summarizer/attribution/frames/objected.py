"""A quotation that is the object of the verb before it: that verb's subject is its speaker."""

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 30  # characters before the opening mark where the verb may stand
_WORDS = 8  # a name for something is short; a longer quotation after "called" may be speech


@functools.cache
def _verbs(family: str) -> re.Pattern[str] | None:
    """The verbs that take a quotation as their object ("called", "described as")."""
    words = _data.load_toml("cues.toml").get(family, {}).get("object_verbs", [])
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})\s*$") if body else None


# "a clip that Judge Ruiz called “distasteful,” Fenton expressed a wish to …": what the judge
# called it, not what Fenton says; the cue after it is the next clause's.
def only_before(
    text: str, open_at: int, closed: int, mentions: tuple[Mention, ...], cues: Cues
) -> tuple[Mention, ...]:
    """The mentions without those after the quotation when a verb before takes it as object."""
    verbs = _verbs(cues.family)
    long = len(text[open_at:closed].split()) > _WORDS
    if long or verbs is None or not verbs.search(text, max(0, open_at - _REACH), open_at):
        return mentions
    return tuple(m for m in mentions if m.cue_at < closed)
