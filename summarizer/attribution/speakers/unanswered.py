"""A cut-off question is never credited to the one who answers it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.frames.turns import OTHERS, asks
from summarizer.attribution.marks.marks import Span

_OWN_CUES = frozenset({"cue", "cue_after", "colon_intro"})  # a part's speaker read at its own cue


# "The judge turned to the witness, Mary Stone, and asked: "…?\n\n"Yes," answered Stone.": the
# narration's guess for a question is the one who answers it, which a question and its answer
# never share.
def unanswered(
    text: str,
    spans: Sequence[Span],
    grouped: list[range],
    found: dict[int, Attribution],
    family: str = "",
) -> dict[int, Attribution]:
    """`found` with nobody for a cut-off question guessed to be its answerer's own."""
    for asked, answer in pairwise(grouped):
        said, replied = found[spans[asked[0]].start], found[spans[answer[0]].start]
        if (
            spans[answer[0]].continued
            and said.speaker is not None
            and said.speaker == replied.speaker
            and said.basis not in _OWN_CUES
            and asks(text, spans, asked[-1])
            and not _rhetorical(
                said, replied, spans[asked[0]].start, OTHERS.get(family, frozenset())
            )
        ):
            found.update((spans[i].start, NOBODY) for i in asked)
    return found


# "Ann Roe spoke. She said: "Is this fair?\n\n"We will fight it," said Ann Roe.": a pronoun at
# the question's own cue that says (no "asked") and a later cue that neither answers nor asks
# are one speaker going on past her own question; "She asked: …" or "…," replied Ann Roe" are
# two turns, which a question and its answer never share.
def _rhetorical(
    said: Attribution, replied: Attribution, opened: int, turns: frozenset[str]
) -> bool:
    """Whether a question's own pronoun cue and the next part's cue are one speaker's saying."""
    own = said.basis == "pronoun" and 0 <= said.cue_at < opened
    return own and not {(said.cue or "").lower(), (replied.cue or "").lower()} & turns
