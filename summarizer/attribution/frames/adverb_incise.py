"""Russian: one adverb between a dash incise's dash and its cue ("«…», — тихо сказал он")."""
# The adverbs: lexicon/incise_adverbs.py.

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.incise_adverbs import incise_adverb

_REACH = 24  # ", — неоднократно ": a mark, a dash and one word
_SET_OFF = ",—–- \t"


def adverb_first(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a single Russian adverb alone stands between `start` and the cue."""
    if cues.family != "ru" or cue.start() - start > _REACH:
        return False
    words = TOKEN.findall(text, start, cue.start())
    if len(words) != 1 or text[start : cue.start()].strip().lstrip(_SET_OFF) != words[0]:
        return False  # "— и сказал он", "— это, сказал он": more than one word between
    return incise_adverb(words[0], cues)
