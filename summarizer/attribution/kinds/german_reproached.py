"""A German quotation a separable verb of reproach governs: "warf X „Planlosigkeit“ vor"."""
# "In der Debatte warf Roland Meister der Regierung „Planlosigkeit“ vor": what the subject
# reproaches the government with is his word, no scare quote and no title, though it is a
# capitalised noun. An article right before it makes it the object's name ("warf der „Bild“ vor,
# …": the paper is reproached), and the particle must close the clause right after it.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.kinds.clause_cut import clause_cut
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_REPROACHING = {
    particle: frozenset(verbs)
    for particle, verbs in _data.load_toml("german.toml")["partial"]["reproaching"].items()
}
_PARTICLE = re.compile(r"\s+([^\W\d_]+)\s*[.,;]")  # "„…“ vor." / "„…“ vor, weil …"
_WORDS = re.compile(r"[^\W\d_]+")
_LEAD = 80  # the clause before the quotation where its finite verb stands


def reproached(text: str, span: Span, cues: Cues) -> bool:
    """Whether a verb of reproach in the quotation's clause takes it as its object."""
    after = _PARTICLE.match(text, span.close_at + 1)
    verbs = _REPROACHING.get(after.group(1)) if after else None
    if not verbs:
        return False
    before = _WORDS.findall(text, clause_cut(text, span.open_at, _LEAD), span.open_at)
    if len(before) < 2 or before[-1].lower() in cues.determiners:
        return False  # "warf der „Bild“ vor": the paper's name
    return any(word in verbs for word in before[:-1])
