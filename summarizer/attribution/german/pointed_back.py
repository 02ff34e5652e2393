"""A German paragraph that opens by pointing back to the words of the quotation before it."""
# "„…“\n\nMit diesen Worten beschrieb Bürgermeisterin Eva Lechner die Stimmung.": the next
# paragraph gives the quotation out to its own speaker, so the quotation, a paragraph of its own,
# does not go on from the speaker of the paragraph before.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_DATA = _data.load_toml("german.toml")["pointed_back"]
_PHRASES = tuple(tuple(p.split()) for p in _DATA["phrases"])
_DEMONSTRATIVES = frozenset(_DATA["demonstratives"])
_READ = 80  # characters of the next paragraph read: its first few words


def pointed_back(text: str, span: Span, cues: Cues) -> bool:
    """Whether the paragraph after `span`'s opens by pointing back to the quotation's words."""
    if not cues.nouns_capitalized:
        return False
    words = TOKEN.findall(text[span.para_end : span.para_end + _READ].lstrip())[:4]
    lower = tuple(w.lower() for w in words)
    if any(lower[: len(p)] == p for p in _PHRASES):
        return True
    return len(words) > 1 and lower[0] in _DEMONSTRATIVES and bool(cues.verbs.fullmatch(words[1]))
