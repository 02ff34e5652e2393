"""Older German dialogue set with dashes: a dashed line with no cue among lines that are speech."""
# Fiction and feuilletons of old papers open each turn of a dialogue with a dash on its own line
# and name the speaker only now and then ("– Von wem? fragte sie. / – Von der alten Barbara.").
# A line that opens with a dash, in a run of such lines one of which is read as speech (an
# incise or an inverted cue found it), is a turn of the same dialogue: its words, to the
# paragraph's end or an inverted cue after its "?" or "!", are speech. A run of dashed lines
# with no dialogue in it (a column of news items, one with an incise) stays as it is.

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span, trim
from summarizer.attribution.marks.unmarked import paragraph_breaks, unmarked_span

_TURN = re.compile(r"[ \t]*[–—][ \t]+(?=[A-ZÄÖÜ])")
_MARKS = re.compile('[„“”"»«]')
_TURN_LENGTH = 400  # a turn of dialogue is a short paragraph
_ASKED = re.compile(r"[?!][ \t]+([a-zäöüß]+)\b")  # "– Wer ist da? fragte die Magd."
_WORDS = re.compile(r"\w+")
_CUE_REACH = 40
_LABEL = re.compile(r"(?:[A-ZÄÖÜ][\w.-]*[ \t]+){0,3}[A-ZÄÖÜ][\w.-]*:")


def dash_turns(text: str, speech: list[Span], cues: Cues) -> Iterator[Span]:
    """Spans of the dashed lines with no speech found in them, in runs of dashed lines with some."""
    if not cues.nouns_capitalized or not speech or not older_print(text):
        return
    starts = sorted(s.open_at for s in speech)
    gaps = paragraph_breaks(text)
    bounds = [0, *(end for _, end in gaps)]
    ends = [*(start for start, _ in gaps), len(text)]
    turns = [_turn(text, start, end) for start, end in zip(bounds, ends, strict=True)]
    for run in _runs(turns):
        spoken = [_holds(starts, bounds[i], ends[i]) for i in run]
        cut = {i: _inverted(text, turns[i] or 0, ends[i], cues) for i in run}
        if not _dialogue(text, run, spoken, cut, (bounds, ends)):
            continue
        for index in (i for i, said in zip(run, spoken, strict=True) if not said):
            if _LABEL.match(text, turns[index] or 0, ends[index]):
                continue  # "– Eva Lind: …": a label before a colon, read by the colon frames
            if cut[index] is not None and _pronoun_cue(text, cut[index] or 0, cues):
                continue  # "– Warum? fragte sie.": a pronoun names nobody sure in a dialogue
            piece = trim(text, turns[index] or 0, cut[index] or ends[index])
            if piece and piece[1] - piece[0] <= _TURN_LENGTH and not _MARKS.search(text, *piece):
                yield unmarked_span(text, *piece, gaps)


# A column of dashed news items may hold one incise ("– Die Steuer steigt, sagte X, um …"): a
# dialogue shows itself by two turns with a cue, or by one and a question answered in the run.
def _dialogue(
    text: str,
    run: list[int],
    spoken: list[bool],
    cut: dict[int, int | None],
    paragraphs: tuple[list[int], list[int]],
) -> bool:
    """Whether a run of dashed paragraphs is a dialogue: cued turns, or a question answered."""
    cued = sum(said or cut[i] is not None for i, said in zip(run, spoken, strict=True))
    bounds, ends = paragraphs  # each paragraph read alone, not the article up to it
    asked = any(text[bounds[i] : ends[i]].rstrip().endswith("?") for i in run[:-1])
    return cued >= 2 or (cued == 1 and asked)


def _pronoun_cue(text: str, at: int, cues: Cues) -> bool:
    """Whether the inverted cue after `at` has a pronoun for its subject ("fragte sie")."""
    words = _WORDS.findall(text, at, at + _CUE_REACH)
    return len(words) > 1 and words[1].lower() in cues.pronouns


def _inverted(text: str, start: int, end: int, cues: Cues) -> int | None:
    """Where a turn's words end before an inverted cue after "?" or "!" ("Wer? fragte sie")."""
    for stop in _ASKED.finditer(text, start, end):
        if cues.verbs.fullmatch(stop.group(1)):
            return stop.start() + 1
    return None


def _runs(turns: list[int | None]) -> Iterator[list[int]]:
    """The indices of each run of consecutive paragraphs that open with a dash."""
    run: list[int] = []
    for index, opened in enumerate(turns):
        if opened is None:
            yield from [run] if run else []
            run = []
        else:
            run.append(index)
    yield from [run] if run else []


def _turn(text: str, start: int, end: int) -> int | None:
    """Where the words of a paragraph that opens with a dash start, else None."""
    dash = _TURN.match(text, start, end)
    return dash.end() if dash else None


def _holds(starts: list[int], start: int, end: int) -> bool:
    """Whether a span of speech opens between `start` and `end`."""
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end
