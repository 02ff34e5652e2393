"""German: a name "nennen" gives a thing ("nannte seinen Hund „Bello“"), which nobody says."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_PARTIAL = _data.load_toml("german.toml")["partial"]
_NAMING = frozenset(_PARTIAL["naming"])
# the verb, the object's determiner and its noun, right before the opening mark
_LEAD_WORDS = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+[A-ZÄÖÜ][\w-]*[ \t]*$")
# the possessive determiners, whose inflected forms start so ("seinen", "ihrem", "unserer")
_POSSESSIVES = tuple(_PARTIAL["possessive_stems"])
_LEAD = 60
_NAME_WORDS = 3


# "nennen" with an object and a label: where a possessive and a noun stand between the verb and
# the quotation, and the quotation is only capitalised words with no article, the label is a name
# the owner gives the object ("nannte seinen Hund „Bello“"). With an article the object is
# anyone's, judged ("nannte den Plan „Wahnsinn“"); a lower-case judgement ("nannte die Lage
# „angespannt“") or a noun after its own article ("nannte den Plan einen „Wahnsinn“") stays the
# subject's words too.
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
    return lead.group(2).lower().startswith(_POSSESSIVES)
