"""A lone surname at a cue whose verb marks a gender: which earlier names it may stand for."""

# "Петрова заявила": a woman, not the "Иван Петров" named before, so the surname stands only for
# itself; "Петрова заявил" ("Адвокат Петрова заявил") is no subject at all, but the genitive of a
# man's surname, and names nobody.

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.speakers.agreement import role_gender


def surname_forms(text: str, token: str, mention: Mention, cues: Cues) -> list[str] | None:
    """The forms a lone surname at a cue may be named by, or None where genders clash."""
    wanted = role_gender(text, mention, cues)
    own = next((g for g, ends in cues.gender_endings if token.endswith(ends)), None)
    if wanted and own and wanted != own:
        return None
    return [token] if wanted else cues.nominatives(token)
