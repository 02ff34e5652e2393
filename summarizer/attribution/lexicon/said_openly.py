"""Russian "не скрывает": a cue only where its words follow it, not before an object noun."""
# "Петров не скрывает: «…»", "не скрывает, что «…»", "«…», — не скрывает Петров": not hiding is
# saying openly (rufix27). But "не скрывал своего восхищения «Мастером и Маргаритой»" hides no
# words: the verb governs a noun, and the quoted words are a title or a term the noun governs.
# So cues.toml [ru] `said_openly` forms are cues only right after an incise's dash, or before a
# colon (past up to two lower-case words: "не скрывал радости:"), a comma, a stop, a capital
# (a name), a pronoun, or the text's end. Fixed-width looks and at most two words: linear.

from __future__ import annotations

import re
from typing import Any


def said_openly(data: dict[str, Any]) -> str:
    """One pattern of every `said_openly` form where words said follow or precede it."""
    forms = sorted(data.get("said_openly", []), key=len, reverse=True)
    if not forms:
        return ""
    alternation = "|".join(re.escape(form) for form in forms)
    pronouns = "|".join(re.escape(p) for p in data.get("pronouns", []))
    after = (
        r"(?:[ \t]+(?-i:[а-яё]+)){0,2}[ \t]*:"  # "не скрывал радости:"
        r"|[ \t]*[,.!?]|[ \t]*$"  # "не скрывает, что", "— не скрывает."
        r"|[ \t]+(?-i:[А-ЯЁ])"  # "— не скрывает Анна Белова"
        + (rf"|[ \t]+(?:{pronouns})(?!\w)" if pronouns else "")
    )
    return rf"(?<=[—–] )(?:{alternation})|(?:{alternation})(?={after})"
