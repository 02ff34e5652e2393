"""A pronoun that opens its sentence never stands for a name its own clause gives after it."""

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Mention

Placed = list[tuple[str, str | None, int]]  # names, the gender marked for each, where each stands


# "He tweeted when Ann Cole ended …, remarking, “…”": he is not Ann Cole. A lower-case pronoun
# may come first in a fronted clause ("Though she called it “reckless,” Ann Cole voted"), so
# only a capitalised one, which opens its sentence, cuts the names after it.
def before_opening(people: Placed, mention: Mention, context: tuple[int, int]) -> Placed:
    """The `people` named before `mention` when it is a capitalised pronoun in `context`."""
    if not mention.words[:1].isupper() or not context[0] <= mention.at < context[1]:
        return people
    return [person for person in people if person[2] < mention.at]
