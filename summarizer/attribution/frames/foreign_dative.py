"""Russian: a foreign surname in a consonant declines for a man, so "-у" after one is a dative."""

from __future__ import annotations

from summarizer import _data

_DECLINED = frozenset(_data.load_toml("particles.toml")["ru"]["declined_consonants"])
_SHORTEST = 3  # "Ху", "Лу": a short foreign name stays as written


# "Блинкену", "Байдену", "Шольцу": the dative of "Блинкен", "Байден", "Шольц"; "Шойгу",
# "Нетаньяху" end so as written (a velar before the -у).
def foreign_dative(word: str) -> bool:
    """Whether a capitalised word has the shape of a man's foreign surname in the dative."""
    lower = word.lower()
    return len(lower) > _SHORTEST and lower.endswith("у") and lower[-2] in _DECLINED
