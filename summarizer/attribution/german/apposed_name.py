"""Where a German subject phrase ends past its apposed name, and which words name the person."""

from __future__ import annotations

from summarizer.attribution.german import roles
from summarizer.attribution.german.noun_runs import past_party
from summarizer.attribution.lexicon.cues import Cues

Span = tuple[int, int]


def past_apposed(
    words: list[str], run: Span, end: int, name: Span, article: bool, cues: Cues
) -> tuple[int, Span]:
    """The phrase's end past the apposed `name` (its party and comma) and the person's words:
    the capitalised run itself when it opens the phrase ("Olli Rehn, EU-Kommissar,": the role
    comes after), else the apposed name."""
    index, caps = run
    named_first = not article and end == caps and caps - index >= 2
    named_first = named_first and not roles.owner_only(words, index, caps, cues)
    end = past_party(words, name[1])
    end += end < len(words) and words[end] == ","
    return end, run if named_first else name
