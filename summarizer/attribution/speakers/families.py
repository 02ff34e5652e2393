"""A surname next to a noun for a family names the family, no one person of it."""

# "The Roe family said", "Roe's family said", "la famille Curie a déclaré", "die Familie Lind
# teilte mit": the family speaks, often for one of its own who died, so the surname is never that
# person (nor whoever else bears it); no one is named.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues, Mention

_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"\s*(?:['’]s?)?\s*")
_REACH = 30
_GAPS = frozenset({" ", "'s ", "’s ", "' ", "’ "})


def named_family(mention: Mention, text: str, cues: Cues) -> bool:
    """Whether a name mention is a surname right before or after a noun for a family."""
    if not cues.families or mention.kind not in ("name", "org") or mention.at < 0:
        return False
    words = mention.words.split()
    if len(words) == 2 and _kin_of(words, cues):
        return True
    end = mention.at + len(mention.words)
    gap = _POSSESSIVE.match(text, end)  # "Roe's family", "the Roe family": one space or "'s"
    after = _WORD.match(text, gap.end()) if gap and gap.group() in _GAPS else None
    before = list(_WORD.finditer(text, max(0, mention.at - _REACH), mention.at))
    next_to = [after.group()] if after else []
    if before and text[before[-1].end() : mention.at] == " ":  # "la famille Curie", one space
        next_to.append(before[-1].group())
    return any(word.lower() in cues.families for word in next_to)


# "عائلة منصور" (no capitals), "Семья Петрова" (a genitive surname after the noun that opens the
# sentence); never a capitalised firm's name, "Family Dollar".
def _kin_of(words: list[str], cues: Cues) -> bool:
    """Whether a two-word mention is a noun for kin and a surname, the kin's."""
    head, name = words
    if head in cues.families:
        return True
    genitives = tuple(genitive for genitive, _ in cues.genitive_endings)
    return bool(genitives) and head.lower() in cues.families and name.endswith(genitives)
