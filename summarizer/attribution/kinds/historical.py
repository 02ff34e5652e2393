"""Older German typography: titles told from speech by the marks and what follows them."""

from __future__ import annotations

import re

from summarizer.attribution.kinds.german_titles import WORD, reported
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_STOP = re.compile(r"[.!?…:;,]")
_REACH = 40


# As older German set it: "die Skizze „Unter der Linde,“ anschloß", with nobody's words reported;
# not "„Ich weine gern,“ sagt der König", nor before any verb and its subject ("„Komm morgen,“ bat
# der Vater").
def comma_name(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a name with the sentence's comma inside, going on in lower case."""
    if not inner.endswith(",") or _STOP.search(inner[:-1]) or not inner[:1].isupper():
        return False
    if text[max(0, span.open_at - 3) : span.open_at].rstrip().endswith(":"):
        return False
    after = text[span.close_at + 1 : span.close_at + 3]
    if after[:1] != " " or not after[1:].islower():
        return False
    subject = WORD.findall(text, span.close_at + 1, span.close_at + _REACH)[1:2]
    if subject and subject[0].lower() in cues.pronouns | cues.determiners:
        return False  # "„Komm morgen,“ bat der Vater": a verb and its subject, as a cue
    if any(w.lower() in cues.first_person for w in WORD.findall(inner)):
        return False
    return not reported(text, span, cues)
