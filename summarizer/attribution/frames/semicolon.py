"""A German clause after a semicolon that names its own speaker (`dewrong31`).

"Die Initiative Lärmschutz lehnt den Plan ab; ihr Sprecher Jan Wolf nannte ihn „…“": the clause
after ";" has a cue and a speaker of its own, and the subject of the clause before it (read as
the sentence's) is someone else. Where that clause has no cue ("Jan Roth sagte, man prüfe den
Fall; es gebe „…“"), the cue before the semicolon still governs the quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from summarizer.attribution.lexicon.cues import Cues, Mention, Window


def own_clause(
    text: str, before: Window, mentions_in: Callable[[Window], Iterable[Mention]], cues: Cues
) -> tuple[Window, tuple[Mention, ...] | None]:
    """The window before a German quotation from its last semicolon on, when a cue stands in that
    clause, with the mentions `mentions_in` read there; else the window as it was, and None."""
    if not cues.nouns_capitalized:
        return before, None
    semi = text.rfind(";", before[0], before[1])
    if semi < 0:
        return before, None
    clause = (semi + 1, before[1])
    found = tuple(mentions_in(clause))  # read once: the caller keeps them when the clause is cut
    own = any(clause[0] <= m.cue_at < clause[1] for m in found)
    return (clause, found) if own or _demonstrative_cue(text, clause, cues) else (before, None)


# "Jan Wolf lobte den Torwart; der sagte: „…“": a demonstrative opening the clause with a cue
# right after it is a subject the mention readers leave unread, and never the first clause's.
_DEMONSTRATIVE = re.compile(r"\s*(?:der|die|dieser|diese|jener|jene)\s+([^\W\d_]+)")


def _demonstrative_cue(text: str, clause: Window, cues: Cues) -> bool:
    """Whether the clause opens with a demonstrative and a cue verb ("; dieser nannte")."""
    opening = _DEMONSTRATIVE.match(text, clause[0], clause[1])
    return opening is not None and cues.verbs.fullmatch(opening.group(1)) is not None
