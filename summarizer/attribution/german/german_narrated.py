"""A German quotation with no cue after a sentence whose subject is set off by an apposition."""
# "Jan Roth, einer der Abgeordneten, die den Brief unterschrieben, verurteilte die Haltung der
# Regierung. „…“": the sentence's subject speaks (narration, low). Without the apposition the
# narration rule of the speakers pass reads that sentence already.

from __future__ import annotations

from summarizer.attribution.german.german_carry import full_names
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, read_phrase
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop

_REACH = 400  # the sentence before: bounded, linear


def narrated_before(text: str, window: tuple[int, int], cues: Cues) -> tuple[int, int] | None:
    """The sentence right before a quotation that opens a sentence, when its subject is apposed."""
    start, end = window
    if text[start:end].strip() or not cues.nouns_capitalized:
        return None  # words of the quotation's own sentence come before it
    reach = max(0, start - _REACH)
    kept = len(text[reach:start].rstrip())
    if not kept or text[reach + kept - 1] not in ".!?" or "\n" in text[reach + kept : start]:
        return None  # not right after a sentence of its own paragraph
    stop = reach + kept
    begin = max(0, stop - _REACH, text.rfind("\n", max(0, stop - _REACH), stop) + 1)
    begin = last_stop(text, cues.sentence_end, begin, stop - 1) or begin
    if "," not in text[begin:stop]:
        return None  # no comma, no apposition (the test below, without reading the sentence)
    tokens = list(TOKEN.finditer(text, begin, stop))
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or phrase.end >= len(tokens) or tokens[phrase.end].group() != ",":
        return None  # no apposition after the subject: read by the speakers pass
    if not person(text, tokens, phrase, cues):
        return None  # "Die Haltung der Regierung, die viele kritisieren, …": no one speaks
    names = full_names(text, cues)
    if any(t.group() in names for t in tokens[phrase.end :]):
        return None  # someone else named: who speaks is unsure
    return begin, stop
