"""German: a kin noun before a name of the other gender in the genitive names its owner."""
# "„…“, sagte die Tochter Peter Manns": "Peter" is a man's name, so "Peter Manns" is no apposed
# name of the daughter but the genitive of her father's ("Peter Manns Tochter"); the speaker is
# the daughter, written as the phrase ("Tochter Peter Manns"), never the father. A name of the
# kin's own gender ("seine Ehefrau Jana Wolf") is the kin, as before; the genitive "s" alone
# ("Tochter Anna Manns") cannot tell an owner from a surname in "-s", so that stays too.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.forenames import GENDERS

_DATA = _data.load_toml("german.toml")["kin_owner"]
_GENDERS = (("feminine", tuple(_DATA["feminine"])), ("masculine", tuple(_DATA["masculine"])))


def kin_owner(tokens: list[re.Match[str]], start: int, name: tuple[int, int]) -> int | None:
    """The index of the kin noun right before the name at `name` (token span) whose owner the
    name is, in the genitive and of the other gender; None where the name is the kin's own."""
    at = name[0] - 1
    words = [t.group() for t in tokens[at : name[1]]] if at >= start else []
    return at if owned_by_name(words) else None


def owned_by_name(words: list[str]) -> bool:
    """Whether `words` are a kin noun and a name of two or more words of the other gender in
    the genitive ("Tochter Peter Manns")."""
    if len(words) < 3 or not words[-1].endswith("s"):
        return False
    kin = words[0].lower()
    gender = next((g for g, nouns in _GENDERS if kin.endswith(nouns)), None)
    owner = GENDERS.get(words[1])
    return bool(gender and owner and owner != gender)
