"""A German sentence opened by a known surname quotes that person, not the last speaker."""
# "Die Ministerin Eva Stahl widersprach: „…“ Meister blieb dabei, der Plan sei „…“": the second
# quotation is Roland Meister's, the subject of its own sentence, not Eva Stahl's carried over.

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.german.casing import surnames
from summarizer.attribution.german.konjunktiv import reported_form
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.marks.marks import Span

if TYPE_CHECKING:
    from summarizer.attribution.speakers.names import Resolver

_STOPS = ".!?"
_REACH = 3000  # where the full name is looked for: bounded, linear
_QUOTE_MARKS = '„“”"»«'
# the sentence's first word, a surname, then its finite verb in lower case ("Meister blieb")
_OPENING = re.compile(r"\s*([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) ([a-zäöüß]+)\b")


def opening_surname(text: str, span: Span, prior: Span | None, cues: Cues) -> Mention | None:
    """The surname that opens the sentence holding `span`, begun after `prior`, as a mention."""
    if not cues.nouns_capitalized or prior is None or prior.para_start != span.para_start:
        return None
    begin = _sentence_start(text, prior, span)
    if begin is None:
        return None
    opened = _OPENING.match(text, begin, span.open_at)
    if opened is None or any(mark in text[begin : span.open_at] for mark in _QUOTE_MARKS):
        return None
    word, verb = opened.groups()
    if word.lower() in cues.stop or verb in cues.determiners or word not in surnames(text):
        return None
    if reported_form(verb, word, cues):  # "Ostermann habe sich „…“ verhalten": the one spoken of
        return None
    return Mention(word, "name", "", opened.start(1), -1)


def _sentence_start(text: str, prior: Span, span: Span) -> int | None:
    """Where a new sentence starts between `prior`'s close and `span`'s opening, or None."""
    gap = text[prior.close_at + 1 : span.open_at]
    stop = max(gap.rfind(mark) for mark in _STOPS)
    if stop >= 0:
        return prior.close_at + 1 + stop + 1
    ended = text[prior.close_at - 1 : prior.close_at] in _STOPS  # „Der Plan steht.“ Meister …
    return prior.close_at + 1 if ended else None


# "CDU-Fraktionschef Roland Meister": a surname that is a noun too ("Meister") is no roster name;
# the last known first name written right before it names the person.
def _forenamed(text: str, mention: Mention) -> str | None:
    """The last "first name + surname" of `mention`'s surname before it, within `_REACH`."""
    pattern = re.compile(rf"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+) {re.escape(mention.words)}(?![\w-])")
    found = [m for m in pattern.finditer(text, max(0, mention.at - _REACH), mention.at)]
    named = [m.group() for m in found if first_name(m.group(1), "de")]
    return named[-1] if named else None


# Only where no cue of its own names anyone and another speaker would be carried over.
def surname_turn(
    text: str,
    span: Span,
    prior: Span | None,
    said: tuple[bool, Attribution | None],
    resolver: Resolver,
) -> Attribution | None:
    """The person the surname opening `span`'s sentence names, for a quotation without a cue."""
    mentioned, previous = said
    if mentioned or previous is None or not previous.speaker:
        return None
    mention = opening_surname(text, span, prior, resolver.cues)
    if mention is None or mention.words in previous.speaker.split():
        return None
    speaker = _forenamed(text, mention) or resolver.resolve(mention, (mention.at, span.open_at))
    if speaker is None or " " not in speaker or speaker == previous.speaker:
        return None  # the one named in full before ("Roland Meister"), not a lone word
    return Attribution(speaker, None, mention.words, "narration", mention_at=mention.at)
