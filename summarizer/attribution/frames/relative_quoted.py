"""German: a quotation inside a relative clause between a subject and its verb of saying does
not bound the window of the cue after it."""

# "Abg. Ems, der gestern seinen Zettel mit den Worten: „Nein!“ beschrieben hatte, rief: „…“":
# the earlier quotation stands in the relative clause that a comma and a relative pronoun open
# after the subject; a lower-case verb or two and a comma close that clause right after it, and
# the main clause goes on in lower case to the cue. Its window opens where the sentence opens,
# before the relative clause, where the subject stands; the earlier quotation's own stop ("!")
# is no stop of the sentence.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop
from summarizer.attribution.marks.marks import Span

_PARTIAL = _data.load_toml("german.toml")["partial"]
_RELATIVES = "|".join(sorted({*_PARTIAL["subject_relatives"], *_PARTIAL["relatives"]}))
_OPENED = re.compile(rf",[ \t]*(?:{_RELATIVES})[ \t,]")
# one to three lower-case words ("ausgefüllt hatte"), a comma, a lower-case word ("rief")
_CLOSED = re.compile(r"[ \t]*[a-zäöüß]+(?:[ \t]+[a-zäöüß]+){0,2}[ \t]*,[ \t]*[a-zäöüß]")
_REACH = 300  # characters back to the relative pronoun and to the sentence's start: bounded


def relative_start(text: str, previous: Span, span: Span, cues: Cues) -> int | None:
    """The start of the sentence whose relative clause holds `previous`, when the cue of `span`
    stands in its main clause after that clause; None otherwise."""
    if not cues.nouns_capitalized or _CLOSED.match(text, previous.close_at + 1) is None:
        return None
    gap = text[previous.close_at + 1 : span.open_at]
    if "\n" in gap or cues.sentence_end.search(gap) or cues.verbs.search(gap) is None:
        return None
    back = max(0, previous.open_at - _REACH)
    opened = last_stop(text, cues.sentence_end, back, previous.open_at)
    start = back if opened is None else opened
    relative = _OPENED.search(text, start, previous.open_at)
    if (opened is None and back > 0) or relative is None:
        return None  # no sentence start in reach, or no relative clause before the quotation
    if "\n" in text[start : previous.open_at] or not text[start : relative.start()].strip():
        return None
    return start
