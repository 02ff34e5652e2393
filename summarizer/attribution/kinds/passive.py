"""An English passive participle of a verb of saying: "was slammed", "were described"."""

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues


# "Ann Roe was slammed as “reckless”", "were mocked as “clowns”": the subject is the one judged or
# addressed, never who said the words; "was saying", "was conceding" are the progressive.
def passive_participle(previous: str, verb: str, cues: Cues) -> bool:
    """Whether the cue word `verb` after the word `previous` is an English passive participle."""
    if cues.family != "en" or previous.lower() not in cues.passive:
        return False
    return not verb.lower().endswith("ing")
