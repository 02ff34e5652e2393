"""Roles and ages that do not make a person the one taken up again at a cue (review27c).

Read by speakers/taken_up.py: a role denied or wanted ("Jan Ost is not president", "Jan Ost,
der Minister werden will,") introduces nobody with it, and an unnamed person of the same age
before the cue ("Ein 65-Jähriger wurde verletzt", "A 65-year-old man was hurt") may be the one
the age at the cue stands for, so that age links nobody."""

from __future__ import annotations

import functools
import math
import re
from typing import Any


def denied(phrase: str, data: dict[str, Any]) -> bool:
    """Whether an apposed or predicated role phrase denies the role or, in German, is a
    relative clause that ends in its verb ("der Minister werden will")."""
    words = phrase.split()
    if any(w.lower() in data["negations"] for w in words):
        return True
    return bool(data["capital_heads"] and words and words[-1].islower())


def unnamed_age(text: str, age: str, at: int, data: dict[str, Any]) -> bool:
    """Whether an unnamed person of `age` is written before `at` ("ein 65-Jähriger")."""
    return _first_unnamed(text, data["age_unnamed"]).get(age, math.inf) < at


# read once per article and pattern, so that each cue only compares (linear)
@functools.lru_cache(maxsize=8)
def _first_unnamed(text: str, pattern: str) -> dict[str, float]:
    """Where an unnamed person of each age is first written."""
    first: dict[str, float] = {}
    for found in re.finditer(pattern, text):
        first.setdefault(found.group(1), found.start())
    return first
