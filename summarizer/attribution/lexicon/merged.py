"""The one step the lexeme modules share: derived forms joined to a cues.toml list."""
# lexemes.py (French, Spanish), english_verbs.py and german_verbs.py each derive a language's
# forms by its own morphology; all three add them after the hand list's own, so that the hand
# forms keep their places, each derived form once and none twice.

from __future__ import annotations

from collections.abc import Iterable


def after_own(own: list[str], derived: Iterable[str]) -> list[str]:
    """`own` as listed, then each of `derived` that it lacks, once, in order."""
    known = set(own)
    return [*own, *(form for form in dict.fromkeys(derived) if form not in known)]
