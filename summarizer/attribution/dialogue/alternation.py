"""Who speaks the uncued turns of a two-person exchange in prose dialogue (not Chinese)."""
# Paragraphs that open with a quotation are turns; adjacent turns make an exchange. After a
# question and its answer, each named by its own cue, the exchange alternates between the two.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.dialogue.turns import Line, runs, turns
from summarizer.attribution.marks.marks import Span

# the cue of a turn's own paragraph, as the Chinese exchange reads it: it anchors the turn
_ANCHORS = {"cue": "intro_cue", "colon_intro": "prev_cue", "cue_after": "next_cue"}
_OPEN = re.compile(r"[ \t]*(?:[-–—][ \t]*)?$")  # only a dash before a turn's opening mark
_ASKS = re.compile(r"\?\W*$")
_TAKES = frozenset({"none", "carried"})  # the turns whose speaker the exchange may give


def alternation(
    text: str, spans: Sequence[Span], titles: Sequence[bool], found: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    """The attributions, the uncued turns of a strict two-person exchange given their party."""
    result = list(found)
    for run in runs(text, _lines(text, spans, titles, found)):
        asked = _asked(text, spans, run)
        if asked is None:
            continue
        tail = run[asked:]
        people = {result[i].speaker for line in tail for i in line.spans} - {None}
        taken = turns(tail, {}, set())
        if len(people) != 2 or taken == tail:
            continue
        for line in taken:
            for index in line.spans:
                if line.how == "turn_taking" and result[index].basis in _TAKES:
                    result[index] = replace(result[index], speaker=line.who, basis="turn_taking")
    return tuple(result)


def _lines(
    text: str, spans: Sequence[Span], titles: Sequence[bool], found: Sequence[Attribution]
) -> list[Line]:
    """The turns: paragraphs that open with a quotation, with the speaker their cue names."""
    lines: dict[int, Line] = {}
    for index, span in enumerate(spans):
        if titles[index] or not span.marked:
            continue
        line = lines.get(span.para_start)
        if line is None and not _OPEN.match(text[span.para_start : span.open_at]):
            lines[span.para_start] = Line((), span.para_start, span.para_end, pure=False)
            continue
        said = found[index]
        how = _ANCHORS.get(said.basis, "none") if said.named and said.speaker else "none"
        if line is None:
            lines[span.para_start] = Line(
                (index,), span.para_start, span.para_end, said.speaker, how
            )
        elif line.pure:
            anchor = line.how if line.how != "none" else how
            who = line.who if line.how != "none" else said.speaker
            lines[span.para_start] = replace(line, spans=(*line.spans, index), who=who, how=anchor)
    return [line for line in lines.values() if line.pure]


def _asked(text: str, spans: Sequence[Span], run: list[Line]) -> int | None:
    """Where the run's first question answered by the other person's named turn stands."""
    for at, (ask, answer) in enumerate(pairwise(run)):
        anchored = ask.how != "none" and answer.how != "none"
        if anchored and ask.who != answer.who and ask.spans:
            last = spans[ask.spans[-1]]
            if _ASKS.search(text, last.start, last.end):
                return at
    return None
