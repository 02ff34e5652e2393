"""A name apposed after a role whose complement is another role-holder: whose name it is, unsure."""

# "«…», dijo el abogado de la ministra, Lucía Herrero,", "a déclaré l'avocat du ministre de
# l'Intérieur, Jean Roux,": the name may be the lawyer's or the minister's. "el presidente de la
# junta, Pablo Ruiz," names the president (a body is no person); when a lower-case word of the
# complement is itself a role noun ("ministra", "ministre"), nobody is named rather than a guess.

from __future__ import annotations

import re

from summarizer.attribution.frames.leads import apposed_described
from summarizer.attribution.frames.linked import apposed_name
from summarizer.attribution.lexicon.cues import Cues, Mention


def holder(
    text: str, end: int, rest: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name apposed at `end`, unless the complement's words `rest` hold a role noun."""
    lowers = [w.group(1).lower() for w in rest if w.group(1).islower()]
    if any(w in cues.titles and w not in cues.articles for w in lowers):
        return None
    return apposed_name(text, end, cue) or apposed_described(text, end, cue, cues)


# "dijo el abogado de la ministra, Lucía Herrero,": the words between the role and a name after
# a comma hold a role noun of their own; French and Spanish only (English and Russian untouched).
def held(text: str, between: list[re.Match[str]], cues: Cues) -> bool:
    """Whether lower-case `between` hold a role noun and a comma ends them before the name."""
    if not cues.complements or not between:
        return False
    comma = text[between[-1].end() :].lstrip(" ").startswith(",")
    lowers = [t.group().lower() for t in between if t.group().islower()]
    return comma and any(w in cues.titles and w not in cues.articles for w in lowers)
