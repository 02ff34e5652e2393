"""Where a quotation run over paragraphs is two turns of dialogue, its closing mark lost."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer import _data
from summarizer.attribution.frames.frames import first_mention
from summarizer.attribution.frames.questions import ends_asking
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_CUED = re.compile(r"[,:]\s*$")  # "sprach er, „…", "sagte er: „…"
_LOOK_BACK = 8
_AFTER = re.compile(r"\s*,?\s*(\w+)")
_NAMING = frozenset({"name", "org"})  # a cue's mention that names its own speaker ("the police")
OTHERS = {  # a family's verbs of answering and its further turns
    family: frozenset(words.get("verbs", []) + words.get("turns", []))
    for family, words in _data.load_toml("replies.toml").items()
}


# "„Guten Abend,“ sprach er, „ist der Herr zu Hause?\n\n„Nein,“ sagte die Magd.": a quotation
# left open after its own cue in its paragraph, then a reopened paragraph whose quotation closes
# before a cue of its own, are two speakers' turns (the first mark lost in print), not one speech.
# A paragraph-long speech whose only cue is at its end ("„…\n\n„…,“ schloß der Redner.") stays one.
def turns(
    text: str, spans: Sequence[Span], grouped: list[range], cues: Cues, written: WrittenWords
) -> list[range]:
    """`grouped` with each chain cut before a reopened part that a cue of its own follows."""
    cut: list[range] = []
    for chain in grouped:
        start = chain.start
        if len(chain) > 1 and _cued_before(text, spans[start]):
            for index in range(chain.start + 1, chain.stop):
                verb = _cued_after(text, spans[index], cues)
                if verb and _own_turn(text, spans, range(start, index), cues, written, verb):
                    cut.append(range(start, index))
                    start = index
        cut.append(range(start, chain.stop))
    return cut


# "The reporter asked Smith: "Will you resign?\n\n"No," said Smith." is two people's turns, and
# so is an incise's own speech (""…," she said, "and …\n\n"…," added her deputy, Tom Harris.");
# "She said: "…\n\n"…," said Minister Sarah Collins." is one speech: a pronoun, a role or a
# document that opens it ("Der Bürgermeister sagte:", "In einer Erklärung hieß es:") is its
# first cue. A name or a body ("The police said:") names its own speaker.
def _own_turn(
    text: str,
    spans: Sequence[Span],
    part: range,
    cues: Cues,
    written: WrittenWords,
    verb: str,
) -> bool:
    """Whether the part before a later cue asks, goes on past an incise, or names its speaker."""
    if verb.lower() in OTHERS.get(cues.family, frozenset()):
        return True  # the later cue answers or asks: another's turn
    if asks(text, spans, part.stop - 1) or _incised(spans, part.start):
        return True
    return any(m.kind in _NAMING for m in first_mention(text, spans, list(part), cues, written))


def _incised(spans: Sequence[Span], index: int) -> bool:
    """Whether a quotation of its paragraph stands before `spans[index]` (a cue between)."""
    return index > 0 and spans[index - 1].para_start == spans[index].para_start


def asks(text: str, spans: Sequence[Span], last: int) -> bool:
    """Whether a quotation of `spans[last]`'s paragraph, up to it, ends in a question."""
    index = last
    while index >= 0 and spans[index].para_start == spans[last].para_start:
        if ends_asking(text, spans[index].start, spans[index].end):  # "ist er zu Hause?"
            return True
        index -= 1
    return False


def _cued_before(text: str, span: Span) -> bool:
    """Whether a cue's comma or colon stands before the mark inside the quotation's paragraph."""
    lead = text[max(span.para_start, span.open_at - _LOOK_BACK) : span.open_at]  # bounded
    return _CUED.search(lead) is not None


def _cued_after(text: str, span: Span, cues: Cues) -> str:
    """The reporting verb that is the first word after the quotation's closing mark, or ""."""
    if span.close_at >= span.para_end:
        return ""  # left open too: the speech goes on
    word = _AFTER.match(text, span.close_at + 1, span.para_end)
    if word is None or cues.verbs.fullmatch(word.group(1)) is None:
        return ""
    return word.group(1)
