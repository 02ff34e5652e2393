"""Older German print quotes what is written on a thing: a monument, a gate, a grave, a banner
("Über dem Thore des Schulhauses steht in goldenen Buchstaben: „…“", "Auf dem Sockel stehen die
Worte: „…“", "Die Inschrift des Denkmals, das der Verein errichten ließ, lautet: „…“"). When the
quotation's sentence names such a carrier (documents.toml `carriers`) before it and
has no verb of saying there, the words are the inscription, no one's speech (a title)."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.kinds.german_titles import WORD
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_DATA = _data.load_toml("documents.toml")
_CARRIERS = frozenset(_DATA["carriers"])
_WORDING = frozenset(_DATA["wording"])
# the sentence before the mark: a stop before a capital, a line, another mark or ! ? ends it
_SENTENCE = re.compile(r"[!?\n„“”\"«»]|\.\s+(?=[A-ZÄÖÜ])")
_LEAD = 120
_WORDS = 16  # an inscription is short: a longer text is a letter or a speech
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def inscribed(text: str, span: Span, cues: Cues) -> bool:
    """Whether a marked quotation is an inscription its sentence names before it (older print)."""
    if cues.nouns_capitalized and not older_print(text):
        return False  # German asks it of every text anyway (cached): modern news stops here
    lead = _SENTENCE.split(text[max(0, span.open_at - _LEAD) : span.open_at])[-1]
    words = _TOKEN.findall(lead)
    if not words or not _CARRIERS.intersection(words):
        return False
    if len(WORD.findall(text, span.start, span.end)) > _WORDS or not older_print(text):
        return False
    return not any(cues.verbs.fullmatch(w) for w in words if w not in _WORDING)
