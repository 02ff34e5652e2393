"""Two quotations in a row: whether the second answers the first or goes on with it."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from summarizer.attribution.frames.subjects import last_sentence
from summarizer.attribution.lexicon.cues import Cues

_MARKS = " \t\n“”\"‘’'"


# "“Ready?” asked Ida Moss.\n\n“Yes,” he said": the one who answers is the other one.
def answers(text: str, end: int) -> bool:
    """Whether the quotation whose cue window ends at `end` is a question."""
    return text[max(0, end - 3) : end].rstrip(_MARKS).endswith("?")


# Nor after a joint subject: two people said the first ("Lund and Reyes said the rules were “…”").
def adjacent_quotes(
    text: str,
    context: tuple[int, int],
    cues: Cues,
    people_of: Callable[[tuple[int, int]], list[tuple[str, str | None, int]]],
) -> bool:
    """Whether only space and marks stand between two quotations, the first no question."""
    if text[context[0] : context[1]].strip(_MARKS) or answers(text, context[0]):
        return False
    begin = last_sentence(text, (max(0, context[0] - 600), context[0]), cues)
    return all(one[2] != other[2] for one, other in pairwise(people_of((begin, context[0]))))
