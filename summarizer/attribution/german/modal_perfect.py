"""A modal before a perfect of saying: "Napoleon soll auf St. Helena gesagt haben: „…“", "Der
Graf will damals gesagt haben:". The modal opens the verb bracket as "hat" does, and its subject
is the one said (or said to have said) the words; only with "haben" after the participle, so the
passive "soll gesagt werden" and the plan "soll morgen sagen" open none."""

from __future__ import annotations

import re

from summarizer import _data

_NESTED = _data.load_toml("german.toml")["nested"]
# the modals of `[nested] finite` that are no perfect auxiliary ("soll", "will", …)
_MODALS = frozenset(_NESTED["finite"]) - frozenset(_NESTED["trailing"]) - {"haben", "hätten"}
_PERFECT = re.compile(r"\s+hab(?:en|e)\b")


def modal_perfect(finite: re.Match[str], cue: re.Match[str]) -> bool:
    """Whether `finite` is a modal of report and the participle `cue` closes a perfect
    infinitive ("soll … gesagt haben")."""
    return finite.group().lower() in _MODALS and _PERFECT.match(cue.string, cue.end()) is not None


_WORD = re.compile(r"[^\W\d_]+")
_REACH = 80


def reported_perfect(text: str, cue_at: int, cue: str) -> bool:
    """Whether the participle cue at `cue_at` closes a modal perfect ("soll … gesagt haben",
    "…, daß er gesagt haben soll"): a saying only reported, never a sure speaker's. The modal
    stands in the clause before the cue (no colon, semicolon, "!" or "?" between: "St." is no
    end) or right after "haben"."""
    perfect = _PERFECT.match(text, cue_at + len(cue)) if cue_at >= 0 else None
    if perfect is None:
        return False
    after = _WORD.match(text, perfect.end() + 1)
    if after is not None and after.group().lower() in _MODALS:
        return True
    clause = text[max(0, cue_at - _REACH) : cue_at]
    clause = clause[max(clause.rfind(mark) for mark in ":;!?\n") + 1 :]
    return any(word.lower() in _MODALS for word in _WORD.findall(clause))
