"""German "Weiter heißt es:" between two quotations: the same document goes on."""
# "In der Mitteilung heißt es: „…“ Weiter heißt es: „…“": the second cue names no source of its
# own, so the words come from the document the first quotation was quoted from (carried, low).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.bridge import bridge

_ADVERBS = frozenset(_data.load_toml("german.toml")["document_carry"]["adverbs"])
_REACH = 80  # characters between the two quotations at most: bounded


# Right after the quotation (its sentence ends there), one sentence of a document cue and adverbs
# of going on, ending in a colon or a comma before the next quotation.
def document_goes_on(text: str, span: Span, prior: Span | None, cue: str, cues: Cues) -> bool:
    """Whether "Weiter heißt es:" after a quotation from a document goes on quoting it."""
    if not cues.nouns_capitalized or cue.lower() not in cues.documents:
        return False
    found = bridge(text, prior, span, _REACH, cues)
    if found is None:
        return False
    start, end, stops = found
    if stops and text[start : stops[0].start()].strip(" "):
        return False
    clause = text[stops[0].end() if stops else start : end].strip()
    if clause[-1:] not in ":," or ("heiß" not in clause and "hieß" not in clause):
        return False
    words = [w.lower() for w in TOKEN.findall(clause)]
    said = {w for d in cues.documents for w in d.split()}
    return all(w in said or w in _ADVERBS for w in words)
