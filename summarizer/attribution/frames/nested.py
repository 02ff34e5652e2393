"""A cue and its name inside another mention's clause, between its subject and its verb."""

# "Новиков, которого критиковала Анна Котова, заявил: «…»", "Novikov, as Petrov reported,
# said: “…”": a relative clause or an aside set between a subject and its verb is part of that
# subject's sentence, so the name in it says nothing of the quotation that verb introduces.

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Mention


def outside_asides(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """`mentions` without those whose name and cue both stand inside another's name-to-cue span."""
    spans = [(m.at, m.cue_at) for m in mentions if 0 <= m.at < m.cue_at]
    return tuple(m for m in mentions if not any(_inside(m, span) for span in spans))


def _inside(mention: Mention, span: tuple[int, int]) -> bool:
    """Whether the mention's name and cue both lie strictly inside `span`."""
    start, end = span
    return start < mention.at < end and start < mention.cue_at < end
