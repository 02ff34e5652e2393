"""English cue subjects that are no sure named speaker: a party description, a denial."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.attributed import Attribution

_EN = _data.load_toml("nonspeakers.toml")["en"]
_AFFILIATIONS = frozenset(_EN["affiliations"])
_DENIALS = frozenset(_EN["denials"])
_BEFORE = 12  # "the " or "denied " just before a mention or a cue


def nonspeaker(text: str, found: Attribution) -> bool:
    """Whether an English cue's subject is a party description or its cue a denial."""
    words = (found.speaker or "").split()
    if not words:
        return False
    described = words[-1].lower() in _AFFILIATIONS and _after_the(text, found)
    return described or _denied(text, found)


# The mention's own position, not a search near the cue: "the Ohio Republican, Tom Hale, said"
# names Tom Hale, whatever description stands a few words away.
def _after_the(text: str, found: Attribution) -> bool:
    """Whether the mention is "the …" or follows "the" ("the Oklahoma Republican said")."""
    mention = found.mention or ""
    if mention.lower().startswith("the "):
        return True
    at = found.mention_at
    if at < 0 or not mention or not text.startswith(mention, at):
        return False
    return text[max(0, at - _BEFORE) : at].lower().endswith("the ")


def _denied(text: str, found: Attribution) -> bool:
    """Whether the cue is a denial verb or stands right after one ("Harris denied saying: …")."""
    if found.cue_at < 0:
        return False
    if (found.cue or "").lower() in _DENIALS:
        return True
    before = text[max(0, found.cue_at - _BEFORE) : found.cue_at].split()
    return bool(before) and before[-1].lower() in _DENIALS
