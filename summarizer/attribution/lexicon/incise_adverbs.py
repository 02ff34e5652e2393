"""Russian: the adverbs that may stand between a dash incise's dash and its verb."""
# "«…», — тихо сказал Олег Карпов", "— Мы ошиблись, — также заявил он": an adverb of manner or
# time before the verb leaves the verb first in its incise, its subject after it, as with no
# adverb. Not a negation ("— не сказал он": frames/denied.py reads it), nor any other word.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.russian_names import RU

_ADVERBS = frozenset(RU["incise_adverbs"])
_WORD = re.compile(r"(\w+) (?=\w)")


def incise_adverb(word: str, cues: Cues) -> bool:
    """Whether `word` is a Russian adverb that leaves a dash incise's verb first."""
    if cues.family != "ru" or not word.islower() or word in cues.negations:
        return False
    return word in _ADVERBS or word in cues.skip or word.endswith(cues.adverb_endings)


def verb_past_adverb(text: str, at: int, cues: Cues) -> re.Match[str] | None:
    """The cue right after one incise adverb that opens at `at`, or None."""
    word = _WORD.match(text, at) if cues.family == "ru" else None
    if word is None or not incise_adverb(word.group(1), cues):
        return None
    return cues.verbs.match(text, word.end())
