"""A full stop that joins an abbreviated particle to the word after it, ending no sentence."""

from __future__ import annotations

from summarizer.attribution.frames.runs import ABBREVIATED_PARTICLES


# "said the St. Louis mayor", "the Ste. Agathe priest": an abbreviated particle's full stop
# joins it to the capitalised word after it, as in a name ("Tom St. Pierre").
def particle_joins(word: str, after: str) -> bool:
    """Whether `word` is a capitalised abbreviated particle before the capitalised `after`."""
    return word.istitle() and word.lower() in ABBREVIATED_PARTICLES and after.istitle()
