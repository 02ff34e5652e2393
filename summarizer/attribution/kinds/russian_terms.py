"""Russian: a short lower-case quotation in the genitive after a noun for a thing is a term."""
# "делится рецептом «идеального борща»", "секретом «вечной молодости»", "программы «доступного
# жилья»": the quotation opens with an adjective in the genitive, so it is the noun's complement
# (what kind of recipe), a term, not words the subject said. A noun for a named thing
# (`name_nouns`) must stand right before it. Not after a preposition ("заявила о «серьёзных
# нарушениях»", the subject's words) and not a clause ("закон «нарушает права»"): a verb opens
# no genitive.

from __future__ import annotations

from summarizer.attribution.kinds.german_titles import WORD
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_GENITIVE_ADJECTIVES = ("ого", "его", "ой", "ей", "ых", "их")  # "идеального", "вечной", "наших"
_TERM_WORDS = 3
_LEAD = 30


def genitive_term(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a short lower-case Russian quotation is a genitive term after a noun for a thing."""
    if cues.family != "ru" or not words or len(words) > _TERM_WORDS:
        return False
    if not all(w.isalpha() and w.islower() for w in words):
        return False
    if not words[0].endswith(_GENITIVE_ADJECTIVES):
        return False
    lead = list(WORD.finditer(text, max(0, span.open_at - _LEAD), span.open_at))
    if not lead or text[lead[-1].end() : span.open_at].strip():
        return False
    return cues.names_next(lead[-1].group())
