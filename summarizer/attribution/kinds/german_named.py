"""German: a name "nennen" gives a thing ("nannte seinen Hund „Bello“"), which nobody says."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_NAMING = frozenset(_data.load_toml("german.toml")["partial"]["naming"])
# the verb, the object's determiner and its noun, right before the opening mark
_LEAD_WORDS = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+[A-ZÄÖÜ][\w-]*[ \t]*$")
_ENDINGS = ("n", "m", "r", "s", "en", "em", "er", "es")
_LEAD = 60
_NAME_WORDS = 3


# "nennen" with an object and a label: where an article or a possessive and a noun stand between
# the verb and the quotation, and the quotation is only capitalised words with no article, the
# label is a name the object is given ("nannte seinen Hund „Bello“"); a lower-case judgement
# ("nannte die Lage „angespannt“") or a noun after its own article ("nannte den Plan einen
# „Wahnsinn“") stays the subject's words.
def given_name(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether the quotation is the name a form of "nennen" gives the object right before it."""
    if not 0 < len(words) <= _NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if any(w.lower() in cues.determiners for w in words):
        return False
    start = max(0, span.open_at - _LEAD, text.rfind("\n", 0, span.open_at) + 1)
    lead = _LEAD_WORDS.search(text, start, span.open_at)
    if lead is None or lead.group(1).lower() not in _NAMING:
        return False
    return _determiner(lead.group(2).lower(), cues)


# "seinen", "ihrem", "einen": the determiner's stem and a case ending
def _determiner(word: str, cues: Cues) -> bool:
    """Whether `word` is a determiner, also inflected past the form the list holds."""
    return word in cues.determiners or any(
        word.endswith(end) and word[: -len(end)] in cues.determiners for end in _ENDINGS
    )
