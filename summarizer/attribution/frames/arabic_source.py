"""Arabic: whom "نقلت الوكالة عن X قوله" quotes, the noun phrase right after عن."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.abbreviations import forenames
from summarizer.attribution.lexicon.cues import Cues

_PARTICLES = _data.load_toml("particles.toml")["ar"]
_FROM = _PARTICLES["quoted_from"]
_SAYING = frozenset(_PARTICLES["quoting_nouns"])
_POSSESSIVE = tuple(_PARTICLES["possessive_suffixes"])
_WORD = re.compile(r"\w+")
_BACK = 160  # characters before the noun of saying where its عن is looked for
_ENDS = frozenset('.!?؟:«»"“”\n')  # a sentence or a quotation between عن and the cue


# "عن مسؤول أمريكي في واشنطن قوله", "عن خالد منصور من وزارة الخارجية قوله", "عن مسؤول، طلب عدم
# نشر اسمه، قوله": the one quoted is the noun phrase right after عن; a place or body after
# في/من (`description_links`) and an aside set off by commas describe it and never speak.
def quoted_source(text: str, cue: re.Match[str], cues: Cues) -> list[re.Match[str]] | None:
    """The words after عن when more than they stand between it and a noun of saying, else None."""
    if cue.group() not in _SAYING:
        return None
    words = list(_WORD.finditer(text, max(0, cue.start() - _BACK), cue.start()))
    at = max((i for i, w in enumerate(words) if w.group() == _FROM), default=-1)
    if at < 0 or _ENDS & set(text[words[at].end() : cue.start()]):
        return None
    phrase: list[re.Match[str]] = []
    for word in words[at + 1 :]:
        gap = text[phrase[-1].end() : word.start()] if phrase else ""
        if word.group() in cues.description_links or word.group() in cues.stop or gap.strip():
            break
        phrase.append(word)
    whole = bool(phrase) and not text[phrase[-1].end() : cue.start()].strip()
    lone = len(phrase) == 1 and not lone_name(phrase[0].group(), cues)
    if lone and phrase[0].group().endswith(_POSSESSIVE):  # "عن مراسلها في غزة قوله"
        return []  # its correspondent, unnamed
    return None if whole else phrase


# "عن شكري قوله": one word may be a surname, or a noun no list here knows: no sure name.
def lone_name(word: str, cues: Cues) -> bool:
    """Whether `word`, a source's only word, is a known first name."""
    return word in forenames(cues.family)
