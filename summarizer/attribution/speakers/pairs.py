"""Two bare surnames after a cue: the speaker and a listener, no one person's name."""
# "sagte Scholz Macron", "сказал Путин Лукашенко": the article gave "Olaf Scholz" and "Emmanuel
# Macron" in full, so the two words are two people. German puts the subject first; where case
# endings order the words ("сказал Путину Лукашенко"), two surnames that show no case (as the
# full names wrote them) cannot tell the speaker from the listener.

from __future__ import annotations

from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.roster import Placed, two_people


def first_of_two(index: dict[str, Placed], name: str, cues: Cues) -> str | None:
    """For two surnames of two people named before: the first one's full name, or "" (no one)."""
    owners = two_people(index, name)
    if not owners or first_name(name, cues.family):
        return None  # "Thomas Weber" after "Frank Thomas" and "Tom Weber": a forename, a new name
    if cues.oblique_endings or len(owners[0]) > 1:
        return ""
    return next(iter(owners[0]))
