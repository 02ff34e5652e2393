"""Names compared as people write them: surname, Traditional/Simplified, accents, CJK."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from summarizer import _data, lang
from summarizer.concurrency import once
from summarizer.verification.match import fold


@lru_cache(maxsize=4096)
def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names name the same person (surname, T/S, accents, CJK containment)."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa.casefold() == fb.casefold():
        return True
    if lang.CJK_CHAR.search(fa) or lang.CJK_CHAR.search(fb):
        return fa in fb or fb in fa
    return bool(name_tokens(fa) & name_tokens(fb))


@lru_cache(maxsize=4096)
def fold_name(name: str) -> str:
    """`name` folded, without accents, for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", fold(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def name_tokens(name: str) -> set[str]:
    """Name tokens of ≥2 letters, without titles or lowercase particles (al-, van, de)."""
    tokens = lang.LETTERS.findall(name)
    cased = any(t[0].isupper() for t in tokens)
    return {
        t.casefold()
        for t in tokens
        if len(t) >= 2 and not (cased and t[0].islower()) and t.casefold() not in _titles()
    }


@once
def _titles() -> frozenset[str]:
    """Title and role words of every language, from the attribution cues."""
    data = _data.load_toml("cues.toml")
    words = (w for table in data.values() for w in table.get("titles", ()))
    return frozenset(fold_name(w).casefold().rstrip(".") for w in words)
