"""A name that only owns the speaker: a family's surname, a German name in the genitive."""

# "The Roe family said", "Roe's family said", "la famille Curie a déclaré", "die Familie Lind
# teilte mit": the family speaks, often for one of its own who died, so the surname is never that
# person (nor whoever else bears it); no one is named.

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues, Mention

_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"\s*(?:['’]s?)?\s*")
_REACH = 30
_GAPS = frozenset({" ", "'s ", "’s ", "' ", "’ "})


def of_another(mention: Mention, text: str, cues: Cues) -> bool:
    """Whether a name mention names whom the speaker belongs to, not the speaker."""
    return named_family(mention, text, cues) or _genitive(mention, text, cues)


# "Der Anwalt Jan Roths sagte:": German adds -s to a name in the genitive, after the noun it owns
# (where nouns are capitalised the run reads on into the name); the article naming "Jan Roth"
# without it shows the genitive, so the lawyer speaks, not Jan Roth ("Peter Jonas" stays).
def _genitive(mention: Mention, text: str, cues: Cues) -> bool:
    """Whether a German name mention is a genitive of a name the article writes bare."""
    words = mention.words
    if not cues.nouns_capitalized or mention.kind != "name" or not words.endswith("s"):
        return False
    surname = words.split()[-1][:-1]
    return len(surname) > 1 and surname in _words(text)


@functools.lru_cache(maxsize=8)
def _words(text: str) -> frozenset[str]:
    """Every word of `text`, found once per text."""
    return frozenset(_WORD.findall(text))


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
