"""A demonstrative as the subject of the cue after a quotation ("„…,“ erwiderte dieser", "„…“,
sagte diese."): German takes up with "dieser" the person named last, as a rule not the one who
spoke before ("„…?“ fragte der Fürst seinen Minister. „…,“ erwiderte dieser": the Minister), so
the previous speaker is never carried to such a quotation; it names nobody unless read otherwise."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

# a closing mark's comma, a lower-case verb of saying, the demonstrative, then no noun of its own
# ("erwiderte dieser Mann" is a determiner; an adverb may follow: "versetzte dieser ruhig"): a
# bounded match after the mark
_CUE = re.compile(
    r",?[ \t]*(?P<verb>[a-zäöüß]+)[ \t]+(?:dieser|diese)(?=[ \t]*[,.;:!?]|[ \t]+[a-zäöüß])"
)
_REACH = 40


def demonstrative_after(text: str, close_at: int, cues: Cues) -> bool:
    """Whether the cue after the closing mark at `close_at` has "dieser"/"diese" as its subject."""
    if not cues.nouns_capitalized:
        return False
    found = _CUE.match(text, close_at + 1, close_at + _REACH)
    return found is not None and cues.verbs.fullmatch(found.group("verb")) is not None
