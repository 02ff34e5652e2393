"""English cue subjects that are no sure named speaker: a party description, a denial."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution

_EN = _data.load_toml("nonspeakers.toml")["en"]
_AFFILIATIONS = frozenset(_EN["affiliations"])
_DENIALS = frozenset(_EN["denials"])
_NEAR = 120  # how far from its cue the mention stands
_BEFORE = 12  # "the " or "denied " just before a mention or a cue


def nonspeakers(text: str, found: Sequence[Attribution], family: str) -> tuple[Attribution, ...]:
    """`found`, with no English party description or denial sure."""
    # the Polish cues share the English family, so the language decides
    if family != "en":
        return tuple(found)
    return tuple(_checked(text, a) for a in found)


def _checked(text: str, found: Attribution) -> Attribution:
    """One attribution, not sure when its subject is described or its cue denied."""
    words = (found.speaker or "").split()
    if not words:
        return found
    described = words[-1].lower() in _AFFILIATIONS and _after_the(text, found)
    if found.sure and (described or _denied(text, found)):
        return replace(found, sure=False)
    return found


def _after_the(text: str, found: Attribution) -> bool:
    """Whether the mention near the cue follows "the" ("the Oklahoma Republican said")."""
    if not found.mention or found.cue_at < 0:
        return False
    if found.mention.lower().startswith("the "):
        return True
    at = text.find(found.mention, max(0, found.cue_at - _NEAR), found.cue_at + _NEAR)
    return at >= 0 and text[max(0, at - _BEFORE) : at].lower().endswith("the ")


def _denied(text: str, found: Attribution) -> bool:
    """Whether the cue is a denial verb or stands right after one ("Harris denied saying: …")."""
    if found.cue_at < 0:
        return False
    if (found.cue or "").lower() in _DENIALS:
        return True
    before = text[max(0, found.cue_at - _BEFORE) : found.cue_at].split()
    return bool(before) and before[-1].lower() in _DENIALS
