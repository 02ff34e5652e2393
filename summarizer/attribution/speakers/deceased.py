"""A person reported dead just before is no one a later "he said" stands for."""
# "Ann Roe's husband, Tom Hale, died Monday. “We will miss him,” he said": nobody, not Hale. Only
# where the name is the death verb's subject ("Tom Hale, 64, died", "Hale, who died"): "Tom Hale,
# whose wife died Monday, spoke" and "Tom Hale's son died" leave him the speaker.

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summarizer import _data
from summarizer.attribution.frames.subjects import last_sentence
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 600  # how far back the sentence before is looked for: bounded, linear
_FORENAME = 30  # characters before a surname in which another person's forename is looked for


@functools.cache
def _death(family: str) -> re.Pattern[str] | None:
    """A death verb right after its subject's name: an age or "who" may stand between."""
    verbs = _data.load_toml("deaths.toml").get(family, {}).get("verbs", [])
    if not verbs:
        return None
    said = "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in verbs)
    return re.compile(rf",?\s*(?:\d+,\s*|who\s+)?(?:\w+ly\s+)?(?:{said})\b")


def reported_dead(text: str, found: str, end: int, cues: Cues) -> bool:
    """Whether the sentence holding `end`, or the one before, reports `found` dead."""
    death = _death(cues.family)
    if death is None:
        return False
    begin = last_sentence(text, (max(0, end - _REACH), end), cues)
    surname = re.compile(rf"\b{re.escape(found.split()[-1])}\b")
    hits = surname.finditer(text, begin, end)
    return any(death.match(text, hit.end(), end) for hit in hits if _names(text, hit, found))


def _names(text: str, hit: re.Match[str], found: str) -> bool:
    """Whether the surname at `hit` is `found`'s: written in full, or after no other forename."""
    if text.endswith(found, 0, hit.end()):
        return True
    before = text[max(0, hit.start() - _FORENAME) : hit.start()].split()
    return not before or not before[-1][:1].isupper() or before[-1][-1:] in ".,;:"


def living(
    text: str, mention: Mention, context: tuple[int, int], cues: Cues
) -> Callable[[str | None], bool] | None:
    """For a pronoun, the test its speaker must pass: not reported dead before the quotation."""
    if mention.kind != "pronoun" or _death(cues.family) is None:
        return None
    end = min(mention.at, context[1])  # the quotation's start, or the pronoun's before it
    return lambda found: not found or not reported_dead(text, found, end, cues)
