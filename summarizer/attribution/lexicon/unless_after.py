"""Cue forms that are a verb of saying unless a given word follows ("erinnerte", not "… sich")."""
# "„…“, erinnerte Jan Roth": he reminds his hearers, a verb of saying; "erinnerte sich Jan Roth"
# (remembering, a thought) and "erinnerte daran, dass …" (a thing or a fact recalled) are not
# cues. cues.toml [de] `unless_after` maps each such form to the words that unmake it. The look
# reads only spaces and words, never a break (kinds/cue_windows.py scans up to the next break).

from __future__ import annotations

import re
from typing import Any


def unless_after(data: dict[str, Any]) -> str:
    """One pattern of every `unless_after` form not followed by a word that unmakes it."""
    table: dict[str, list[str]] = data.get("unless_after", {})
    branches = []
    for form, words in sorted(table.items()):
        followers = "|".join(re.escape(w) for w in words)
        branches.append(f"{re.escape(form)}(?![ \\t]+(?:{followers})(?!\\w))")
    return "|".join(branches)
