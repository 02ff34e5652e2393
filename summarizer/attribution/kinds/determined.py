"""Whether a determiner stands right before a quotation: a noun the text names so, not speech."""

# "el 'caso Molinos'", "selon « Le Courrier »": an article or a word of hearsay. A possessive
# determiner does the same where the language has articles ("defiende su «plan de choque»", "a
# détaillé sa « feuille de route »": the plan, not words said); in Russian "его" is also the
# object pronoun before a label ("назвал его «…»"), so there it counts for nothing here.

from __future__ import annotations

from summarizer.attribution.kinds.german_titles import WORD
from summarizer.attribution.lexicon.cues import Cues

_REACH = 30  # characters read back for the word before the opening mark


def determined(text: str, at: int, cues: Cues) -> bool:
    """Whether the word before the mark at `at` is an article, a possessive or hearsay."""
    lead = WORD.findall(text, max(0, at - _REACH), at)
    head = lead[-1].lower().rstrip("'’") if lead else ""
    possessive = bool(cues.articles) and head in cues.possessive_determiners
    return bool(lead) and (head in cues.articles or head in cues.hearsay or possessive)
