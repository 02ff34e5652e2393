"""The shape of a Chinese person's full name: a common surname and a two-character given
name ("孙少平", "陈志强"), from the structural word lists of `data/dialogue.toml`."""

from __future__ import annotations

import functools
import re

from summarizer import _data

_HAN3 = re.compile("[\u4e00-\u9fff]{3}")


@functools.lru_cache(maxsize=1)
def _shapes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The common surnames, the characters never inside a name, and the last characters of
    places, groups and roles."""
    data = _data.load_toml("dialogue.toml").get("zh", {})
    surnames = frozenset("".join(data.get("surnames", "").split()))
    return surnames, frozenset(data.get("not_in_name", "")), frozenset(data.get("not_name_end", ""))


def full_name(word: str) -> bool:
    """Whether `word` has the shape of a full name: a common surname and two characters,
    no particle or pronoun in it, not ending as places, groups and roles do ("金家湾",
    "雷区长")."""
    surnames, inside, ends = _shapes()
    shaped = _HAN3.fullmatch(word) is not None and word[0] in surnames
    return shaped and not inside & set(word) and word[-1] not in ends
