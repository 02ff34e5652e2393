"""Who speaks the uncued turns of a two-person exchange in prose dialogue (not Chinese)."""
# Paragraphs that open with a quotation are turns; adjacent turns make an exchange. After a
# question and its answer, each named by its own cue, the exchange alternates between the two
# while it goes on as questions and answers: a turn that falls to the asker but asks nothing may be
# the answerer going on or a third voice, so the alternation stops there.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.dialogue.turns import Line, runs, turns
from summarizer.attribution.frames.questions import ends_asking
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.marks.marks import Span

# the cue of a turn's own paragraph, as the Chinese exchange reads it: it anchors the turn
_ANCHORS = {"cue": "intro_cue", "colon_intro": "prev_cue", "cue_after": "next_cue"}
_OPEN = re.compile(r"[ \t]*(?:[-–—][ \t]*)?$")  # only a dash before a turn's opening mark
_WORDS = re.compile(r"[^\W\d_]")  # narration after an uncued quotation: no turn of its own
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
        for at, line in enumerate(taken):
            if line.how != "turn_taking":
                continue
            if at % 2 == 0 and not _question(text, spans, line):
                break  # the asker's turn asks nothing: the exchange may have a third voice
            for index in line.spans:
                if result[index].basis in _TAKES:
                    result[index] = replace(result[index], speaker=line.who, basis="turn_taking")
    return tuple(result)


def _question(text: str, spans: Sequence[Span], line: Line) -> bool:
    """Whether a turn's last quotation is a question."""
    last = spans[line.spans[-1]]
    return ends_asking(text, last.start, last.end)


def _lines(
    text: str, spans: Sequence[Span], titles: Sequence[bool], found: Sequence[Attribution]
) -> list[Line]:
    """The turns: paragraphs that open with a quotation, with the speaker their cue names."""
    lines: dict[int, Line] = {}
    for index, span in enumerate(spans):
        if titles[index] or not span.marked:
            continue
        line = lines.get(span.para_start)
        if line is not None and not line.pure:
            continue  # a paragraph that is no turn stays none: its later quotations change nothing
        if line is None and not _OPEN.match(text[span.para_start : span.open_at]):
            lines[span.para_start] = Line((), span.para_start, span.para_end, pure=False)
            continue
        said = found[index]
        if said.basis in _TAKES and _narrated(text, spans, index):
            line = line or Line((), span.para_start, span.para_end)
            lines[span.para_start] = recast(line, pure=False)
            continue
        how = _ANCHORS.get(said.basis, "none") if said.named and said.speaker else "none"
        if line is None:
            lines[span.para_start] = Line(
                (index,), span.para_start, span.para_end, said.speaker, how
            )
        elif line.pure:
            anchor = line.how if line.how != "none" else how
            who = line.who if line.how != "none" else said.speaker
            lines[span.para_start] = recast(line, spans=(*line.spans, index), who=who, how=anchor)
    return [line for line in lines.values() if line.pure]


def _narrated(text: str, spans: Sequence[Span], index: int) -> bool:
    """Whether words follow an uncued quotation before the next one or its paragraph's end."""
    span = spans[index]
    follows = spans[index + 1] if index + 1 < len(spans) else None
    same = follows is not None and follows.para_start == span.para_start
    end = follows.open_at if follows is not None and same else span.para_end
    return _WORDS.search(text, max(span.end, span.close_at + 1), end) is not None


def _asked(text: str, spans: Sequence[Span], run: list[Line]) -> int | None:
    """Where the run's first question answered by the other person's named turn stands."""
    for at, (ask, answer) in enumerate(pairwise(run)):
        anchored = ask.how != "none" and answer.how != "none"
        if anchored and ask.who != answer.who and ask.spans and _question(text, spans, ask):
            return at
    return None
